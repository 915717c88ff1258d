<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar ação de seguimento</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar uma ação de seguimento</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ainda sem responsável)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ação</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Organização responsável</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Prazo</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Estado</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>No.</source>
        <extracomment>Column titles and headings every format uses, by key.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Answers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responde a</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Lead and partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsável e parceiros</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Dates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem custo</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Doador</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custo e financiamento</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Meios de verificação</translation>
    </message>
    <message>
        <source>Indicator and means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Indicador e meios de verificação</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custos estimados</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por objetivo</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por organização responsável</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por fonte de financiamento</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda sem financiamento</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiado (orçamento nacional ou doador)</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custos por objetivo em %1, financiados e ainda sem financiamento</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Timeline by quarter</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Calendário por trimestre</translation>
    </message>
    <message>
        <source>Points to settle before adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontos a resolver antes da adoção</translation>
    </message>
    <message>
        <source>Point</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ponto</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O plano</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adoção</translation>
    </message>
    <message>
        <source>Adopted by the plenary of the mechanism on: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adotado pelo plenário do mecanismo em: ____________________</translation>
    </message>
    <message>
        <source>Name and signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome e assinatura do(a) Presidente: ____________________</translation>
    </message>
    <message>
        <source>No objective is recorded in the plan yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhum objetivo registado no plano.</translation>
    </message>
    <message>
        <source>No activity under this objective yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhuma atividade neste objetivo.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivo %1: %2</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Parceiros: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Verificação: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responde a: %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>PROJETO</translation>
    </message>
    <message>
        <source>Activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Gerado em %1 pelo NCM Desktop</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plano de Ação Nacional sobre armas ligeiras e de pequeno calibre</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Projeto para adoção. Período: de %1 a %2.</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: not set.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Projeto para adoção. Período: não definido.</translation>
    </message>
    <message>
        <source>Adopted on %3. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adotado em %3. Período: de %1 a %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 objetivos, %2 atividades. Custo estimado: %3; ainda sem financiamento: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>não definido</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <extracomment>The timeline shows at most this many quarters (five years) from the start of the plan. (heading, lines) for each way of adding up the costs, then the overall line. Points the quality check raises: (activity number and title, or &quot;the plan&quot;; text). Quarters of the timeline, as (year, quarter 1 to 4). Costs by objective in the main currency: (currency, (number, funded, unfunded)).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n atividade assinalada como sem custo.</numerusform>
            <numerusform>%n atividades assinaladas como sem custo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n atividade ainda sem custo estimado, excluída dos totais.</numerusform>
            <numerusform>%n atividades ainda sem custo estimado, excluídas dos totais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <extracomment>``save(values, objective id, new objective)`` -&gt; the activity&apos;s id.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar atividade</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar uma atividade</translation>
    </message>
    <message>
        <source>New objective:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Novo objetivo:</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ainda sem responsável)</translation>
    </message>
    <message>
        <source>in whole units, e.g. 25000</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>em unidades inteiras, p. ex. 25000</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>&amp;No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se&amp;m custo</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem custo</translation>
    </message>
    <message>
        <source>Name of the donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome do doador</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Doador</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>New o&amp;bjective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Novo o&amp;bjetivo</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Atividade</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização &amp;responsável</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Parceiros</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fim</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Custo estimado</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiamen&amp;to</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>I&amp;ndicador</translation>
    </message>
    <message>
        <source>Means of &amp;verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Meios de &amp;verificação</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Estado</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Local</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outros participantes</translation>
    </message>
    <message>
        <source>Participants not listed above: please write your organisation and name, then sign.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Participantes não indicados acima: escreva a sua organização e o seu nome e assine.</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Signature</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>No participant is expected: no representative of a full-member or observer organisation is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não há participantes previstos: não está registado nenhum representante de uma organização membro de pleno direito ou observadora.</translation>
    </message>
    <message>
        <source>No one is recorded as invited to this meeting yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há ninguém registado como convidado para esta reunião.</translation>
    </message>
    <message numerus="yes">
        <source>Expected participants (%n)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Participantes previstos (%n)</numerusform>
            <numerusform>Participantes previstos (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Host entity (clause 5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Entidade de acolhimento (cláusula 5.1)</translation>
    </message>
    <message>
        <source>Role of the National Authority (clause 5.2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Papel da Autoridade Nacional (cláusula 5.2)</translation>
    </message>
    <message>
        <source>&amp;Host entity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Entidade de acolhimento</translation>
    </message>
    <message>
        <source>Host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Entidade de acolhimento da Autoridade Nacional</translation>
    </message>
    <message>
        <source>Add an &amp;organisation…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar uma or&amp;ganização…</translation>
    </message>
    <message>
        <source>&amp;Designated on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Designada em</translation>
    </message>
    <message>
        <source>&amp;Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Referência jurídica</translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Conhecida como</translation>
    </message>
    <message>
        <source>Sits &amp;within the interior or internal security agency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Integrada no organismo responsável pelo &amp;interior ou pela segurança interna</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>e.g. National Authority on Small Arms and Light Weapons (5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ex. Autoridade Nacional para as Armas Ligeiras e de Pequeno Calibre (5.1)</translation>
    </message>
    <message>
        <source>e.g. Decree No. 2019-047, article 3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ex. Decreto n.º 2019-047, artigo 3.º</translation>
    </message>
    <message>
        <source>How it is done, in a line (the evidence)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Como é feito, numa linha (o comprovativo)</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Como: %1</translation>
    </message>
    <message>
        <source>&amp;Technical body:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organismo &amp;técnico:</translation>
    </message>
    <message>
        <source>National technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organismo técnico nacional de planeamento e coordenação</translation>
    </message>
    <message>
        <source>(not designated yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ainda não designado)</translation>
    </message>
    <message>
        <source>The host is in the category “%1”, where clause 5.2 advises the National Authority to sit.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade de acolhimento pertence à categoria «%1», na qual a cláusula 5.2 aconselha que a Autoridade Nacional se situe.</translation>
    </message>
    <message>
        <source>Clause 5.2 advises that the National Authority be, or sit within, a government agency responsible for the interior, internal affairs or internal peace and security, since it is to coordinate and drive forward small arms control at the national level. If the host is another ministry, record whether it sits within such an agency, or consider a host in the category “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A cláusula 5.2 aconselha que a Autoridade Nacional seja um organismo governamental responsável pelo interior, pela administração interna ou pela paz e segurança internas, ou esteja integrada num organismo desse tipo, uma vez que lhe cabe coordenar e impulsionar o controlo das armas ligeiras a nível nacional. Se a entidade de acolhimento for outro ministério, registe se está integrada num organismo desse tipo, ou considere uma entidade de acolhimento da categoria «%1».</translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Autoridade Nacional</translation>
    </message>
    <message>
        <source>The government entity that takes the lead in political coordination and policy direction of small arms control (5.1), and what it does (5.2). Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade governamental que assume a liderança na coordenação política e na orientação estratégica do controlo das armas ligeiras (5.1), e o que faz (5.2). Cada alteração é guardada à medida que a faz.</translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Autoridade Nacional</translation>
    </message>
    <message>
        <source>The government entity that leads political coordination and policy direction (clause 5). Add it as an organisation if it is not listed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade governamental que lidera a coordenação política e a orientação estratégica (cláusula 5). Adicione-a como organização se não constar da lista.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>NCM Desktop backs the dossier up when it is opened, every 30 minutes while it is being changed, and before every upgrade, import, merge or restore. Older backups are thinned out: all of the last day, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O NCM Desktop faz uma cópia de segurança do dossiê quando este é aberto, a cada 30 minutos enquanto está a ser alterado e antes de cada atualização de versão, importação, integração ou restauro. As cópias mais antigas vão sendo reduzidas: todas as do último dia, depois uma por dia durante 12 dias, uma por semana durante 10 semanas e uma por mês durante 9 meses.</translation>
    </message>
    <message>
        <source>There is no backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhuma cópia de segurança deste dossiê.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fazer cópia de &amp;segurança agora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>Replace the dossier by the backup made on %1? Its current state is backed up first, so you can come back to it from this list.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Substituir o dossiê pela cópia de segurança feita em %1? É feita primeiro uma cópia de segurança do seu estado atual, para que possa voltar a ele a partir desta lista.</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Feita em</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>None when the backup cannot be read (it is then shown, but not offered).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ilegível</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoria (7.4)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sem categoria)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The dossier is sound.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O dossiê está íntegro.</translation>
    </message>
    <message>
        <source>Schema revision: %1 (current: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Revisão do esquema: %1 (atual: %2)</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Linhas em %1: %2</translation>
    </message>
    <message>
        <source>Drive: local.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Unidade: local.</translation>
    </message>
    <message>
        <source>Drive: removable (%1). The window works on a copy on this computer and writes it back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Unidade: amovível (%1). A janela trabalha numa cópia neste computador e volta a escrevê-la na unidade.</translation>
    </message>
    <message>
        <source>Drive: network (%1). The window works on a copy on this computer; the command line uses the rollback journal there.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Unidade: de rede (%1). A janela trabalha numa cópia neste computador; a linha de comandos utiliza aí o diário de reversão (rollback journal).</translation>
    </message>
    <message>
        <source>Open for changes in NCM Desktop by %1 on %2 since %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aberto para alterações no NCM Desktop por %1 em %2 desde %3.</translation>
    </message>
    <message>
        <source>Left locked by NCM Desktop (%1 on %2, since %3), which is no longer running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Deixado bloqueado pelo NCM Desktop (%1 em %2, desde %3), que já não está em execução.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the latest made on %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n cópia de segurança; a mais recente feita em %1: %2</numerusform>
            <numerusform>%n cópias de segurança; a mais recente feita em %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Dossiê de exemplo %1 escrito com %n pessoa.</numerusform>
            <numerusform>Dossiê de exemplo %1 escrito com %n pessoas.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is protected by a passphrase.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Está protegido por uma frase-passe.</translation>
    </message>
    <message>
        <source>It is not protected: whoever has the file can read the names, phones and emails in it. Use --passphrase-file to protect it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está protegido: quem tiver o ficheiro pode ler os nomes, telefones e endereços de correio eletrónico que contém. Utilize --passphrase-file para o proteger.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O ficheiro de frase-passe %1 está vazio.</translation>
    </message>
    <message>
        <source>Merged the package from “%1” (%2, written %3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pacote de «%1» integrado (%2, escrito em %3).</translation>
    </message>
    <message>
        <source>%1: added %2, updated %3, deleted %4, kept this dossier&apos;s version %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2 adicionados, %3 atualizados, %4 eliminados, %5 mantidos na versão deste dossiê.</translation>
    </message>
    <message>
        <source>Nothing changed: this dossier already holds everything in the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nada foi alterado: este dossiê já contém tudo o que o pacote contém.</translation>
    </message>
    <message>
        <source>  %1 “%2”: %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1 «%2»: %3 (%4)</translation>
    </message>
    <message>
        <source>kept this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>mantida a versão deste dossiê</translation>
    </message>
    <message>
        <source>took the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>adotada a versão do outro dossiê</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Foi feita primeiro uma cópia de segurança do dossiê: %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Erro:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the package %1: %n record(s) from “%2”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Pacote %1 escrito: %n registo de «%2».</numerusform>
            <numerusform>Pacote %1 escrito: %n registos de «%2».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in both dossiers since they last exchanged; the newer version was kept and the other one is in the merge history:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n registo foi alterado em ambos os dossiês desde o último intercâmbio; foi mantida a versão mais recente e a outra está no histórico de integrações:</numerusform>
            <numerusform>%n registos foram alterados em ambos os dossiês desde o último intercâmbio; foi mantida a versão mais recente e a outra está no histórico de integrações:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) set aside in the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n versão posta de parte no histórico de integrações.</numerusform>
            <numerusform>%n versões postas de parte no histórico de integrações.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: --public applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Erro: --public aplica-se apenas a: %1.</translation>
    </message>
    <message>
        <source>Error: --meeting applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Erro: --meeting aplica-se apenas a: %1.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 escrito em %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 escrito em %2 (%n página).</numerusform>
            <numerusform>%1 escrito em %2 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1 against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparação de %1 em relação à %2 (catálogo %3)</translation>
    </message>
    <message>
        <source>Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, %6 not applicable)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação: %1% (%2 satisfeitas, %3 parcialmente satisfeitas, %4 não satisfeitas, %5 ainda sem resposta, %6 não aplicáveis)</translation>
    </message>
    <message>
        <source>Score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação: ainda nada a pontuar</translation>
    </message>
    <message>
        <source>By clause:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por cláusula:</translation>
    </message>
    <message>
        <source>By priority:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por prioridade:</translation>
    </message>
    <message>
        <source>  Clause %1 %2: %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  Cláusula %1 %2: %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outras disposições</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1% de %2</translation>
    </message>
    <message>
        <source>nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>nada a pontuar</translation>
    </message>
    <message>
        <source>Gaps, most important first (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacunas, das mais importantes para as menos importantes (%1):</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem lacunas.</translation>
    </message>
    <message>
        <source>- %1 [%2, %3] %4 (%5)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2, %3] %4 (%5)</translation>
    </message>
    <message>
        <source>    Next step: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>    Próximo passo: %1</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;; not counted in the score):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Opções que a norma oferece («pode», «possibilidade»; não contam para a pontuação):</translation>
    </message>
    <message>
        <source>- %1 [%2] %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <source>Composition (7.4):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composição (7.4):</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cópia de segurança escrita: %1</translation>
    </message>
    <message>
        <source>No backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhuma cópia de segurança deste dossiê.</translation>
    </message>
    <message>
        <source>%1  %2  %3 organisations, %4 people  %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1  %2  %3 organizações, %4 pessoas  %5</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Coluna «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3 [%4]: %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Linha %1: %2 — %3 [%4]: %5</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sem organização)</translation>
    </message>
    <message>
        <source>no category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>sem categoria</translation>
    </message>
    <message>
        <source>%1 (guessed, sure), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (deduzida, segura), nova organização</translation>
    </message>
    <message>
        <source>%1 (guessed, unsure: check it), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (deduzida, incerta: verifique-a), nova organização</translation>
    </message>
    <message>
        <source>%1 (your earlier correction), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (a sua correção anterior), nova organização</translation>
    </message>
    <message>
        <source>no category guessed, new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>nenhuma categoria deduzida, nova organização</translation>
    </message>
    <message>
        <source>%1, organisation already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1, organização já existente no dossiê</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>duplicado da linha %1 (%2)</translation>
    </message>
    <message>
        <source>already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>já consta do dossiê como «%1» (%2)</translation>
    </message>
    <message>
        <source>not added, because other rows have problems</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>não adicionada, porque outras linhas têm problemas</translation>
    </message>
    <message>
        <source>People added: %1. New organisations: %2. Duplicates left out: %3. Rows with problems left out: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoas adicionadas: %1. Novas organizações: %2. Duplicados excluídos: %3. Linhas com problemas excluídas: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or import again with --skip-bad-rows to leave those rows out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Nada foi importado: %n linha tem problemas. Corrija o ficheiro ou importe-o de novo com --skip-bad-rows para excluir essas linhas.</numerusform>
            <numerusform>Nada foi importado: %n linhas têm problemas. Corrija o ficheiro ou importe-o de novo com --skip-bad-rows para excluir essas linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest good backup is %1, made on %2. To restore it: ncm-desktop restore &quot;%3&quot; latest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A cópia de segurança válida mais recente é %1, feita em %2. Para a restaurar: ncm-desktop restore &quot;%3&quot; latest</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 restaurado a partir da cópia de segurança %2.</translation>
    </message>
    <message>
        <source>What it held before was backed up as %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que continha antes foi guardado como cópia de segurança em %1.</translation>
    </message>
    <message>
        <source>No usable backup of %1 was found.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi encontrada nenhuma cópia de segurança utilizável de %1.</translation>
    </message>
    <message>
        <source>Not a date: %1. Write it as YYYY-MM-DD.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não é uma data: %1. Escreva-a como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>No baseline was recorded on or before %1. Baselines: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma linha de base foi registada em %1 ou antes. Linhas de base: %2.</translation>
    </message>
    <message>
        <source>No baseline was recorded in this dossier yet. Record one on the Readiness page, or mark a meeting as held.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não foi registada nenhuma linha de base neste dossiê. Registe uma na página Preparação, ou marque uma reunião como realizada.</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1: score %2% then, %3% now (%4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso desde a linha de base de %1: pontuação de %2% então, %3% agora (%4).</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso desde a linha de base de %1:</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Linhas de base:</translation>
    </message>
    <message>
        <source>  %1: %2%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: %2%</translation>
    </message>
    <message>
        <source>  %1: nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: nada a pontuar</translation>
    </message>
    <message>
        <source>Newly met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recém-satisfeitas (%1):</translation>
    </message>
    <message>
        <source>Closer to met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mais perto de serem satisfeitas (%1):</translation>
    </message>
    <message>
        <source>Slipped back (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recuaram (%1):</translation>
    </message>
    <message>
        <source>- %1 %2: %3 → %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>No provision changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma disposição mudou.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (States with gaps: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (Estados com lacunas: %2)</translation>
    </message>
    <message>
        <source>- %1 [%2] %3: %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3: %4</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não comparado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the comparison of %n State(s) to %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>A comparação de %n Estado foi escrita em %1.</numerusform>
            <numerusform>A comparação de %n Estados foi escrita em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server dossier %1 is at schema revision %2, with the roles %3, %4 and %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O dossiê do servidor %1 está na revisão de esquema %2, com as funções %3, %4 e %5.</translation>
    </message>
    <message>
        <source>%1 is now on the server as %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está agora no servidor como %2 (%3 linhas).</translation>
    </message>
    <message>
        <source>The server dossier %1 was copied to %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O dossiê do servidor %1 foi copiado para %2 (%3 linhas).</translation>
    </message>
    <message>
        <source>%1 is now %2 of the server dossier %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 é agora %2 do dossiê do servidor %3.</translation>
    </message>
    <message>
        <source>%1 is not a server address: %2. Write it as postgresql://host/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 não é um endereço de servidor: %2. Escreva-o como postgresql://anfitrião/base.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Palavra-passe para %1: </translation>
    </message>
    <message>
        <source>an officer (reads and writes)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>um técnico (lê e altera)</translation>
    </message>
    <message>
        <source>a reader (reads and prints only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>um leitor (só lê e imprime)</translation>
    </message>
    <message>
        <source>an owner (also manages the users)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>um proprietário (também gere os utilizadores)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Comparar dossiês</translation>
    </message>
    <message>
        <source>Choose the dossiers of the States to compare. They are only read: nothing in them is changed, whichever version of NCM Desktop wrote them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escolha os dossiês dos Estados a comparar. São apenas lidos: nada neles é alterado, seja qual for a versão do NCM Desktop que os escreveu.</translation>
    </message>
    <message>
        <source>Dossiers to compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dossiês a comparar</translation>
    </message>
    <message>
        <source>&amp;Add dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Adicionar dossiês…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estados e cláusulas</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacunas partilhadas pela maioria dos Estados</translation>
    </message>
    <message>
        <source>&amp;States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Estados e cláusulas</translation>
    </message>
    <message>
        <source>Common &amp;gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Lacunas comuns</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Idioma da exportação</translation>
    </message>
    <message>
        <source>&amp;Language of the export:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Idioma da exportação:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dossiês do NCM Desktop (*.ncm);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível ler nenhum dossiê: não há nada a comparar.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A comparação foi cancelada.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Folhas de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exportar a comparação</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Comparison of national coordinating mechanisms</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Comparação dos mecanismos nacionais de coordenação</translation>
    </message>
    <message>
        <source>Readiness of several States against MOSAIC 03.40, side by side, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparação de vários Estados face à MOSAIC 03.40, lado a lado, primeiro as lacunas partilhadas pela maioria dos Estados</translation>
    </message>
    <message>
        <source>Each State is judged by the same rules as its own readiness report: met counts whole, partly met half. Clauses and provisions are listed with the gaps most States share first: those a regional programme can address for all of them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada Estado é avaliado pelas mesmas regras do seu próprio relatório de preparação: o cumprido conta por inteiro, o parcialmente cumprido conta metade. As cláusulas e disposições são listadas começando pelas lacunas partilhadas pela maioria dos Estados: as que um programa regional pode tratar para todos.</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacunas «deve»</translation>
    </message>
    <message>
        <source>&apos;Should&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacunas «deveria»</translation>
    </message>
    <message>
        <source>7.4 categories absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categorias 7.4 ausentes</translation>
    </message>
    <message>
        <source>Points of Contact missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontos de Contacto em falta</translation>
    </message>
    <message>
        <source>Points of Contact not notified recently</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontos de Contacto não notificados recentemente</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>States with gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estados com lacunas</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposição</translation>
    </message>
    <message>
        <source>What the standard asks</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que a norma pede</translation>
    </message>
    <message>
        <source>States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Which States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Que Estados</translation>
    </message>
    <message>
        <source>Categories of 7.4 with no member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categorias de 7.4 sem membro</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontos de Contacto</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Porque foi deixado de fora</translation>
    </message>
    <message>
        <source>Score by clause, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação por cláusula, primeiro as lacunas partilhadas pela maioria dos Estados</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacunas partilhadas pela maioria dos Estados</translation>
    </message>
    <message>
        <source>No gap is shared by several States.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma lacuna é partilhada por vários Estados.</translation>
    </message>
    <message>
        <source>By State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por Estado</translation>
    </message>
    <message>
        <source>Dossiers not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dossiês não comparados</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível ler nenhum dossiê: não há nada a comparar.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adotado</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adotado em %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não registado</translation>
    </message>
    <message>
        <source>States %1 to %2 of %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estados %1 a %2 de %3</translation>
    </message>
    <message>
        <source>All States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todos os Estados</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>missing for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>em falta para %1</translation>
    </message>
    <message>
        <source>not notified recently for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>não notificados recentemente para %1</translation>
    </message>
    <message>
        <source>Read through an upgraded copy: the file is of schema revision %1 and was left as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lido através de uma cópia atualizada: o ficheiro é da revisão de esquema %1 e foi deixado como estava.</translation>
    </message>
    <message>
        <source>Common gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacunas comuns</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não comparados</translation>
    </message>
    <message>
        <source>Verbal form</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Forma verbal</translation>
    </message>
    <message>
        <source>Number of States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Número de Estados</translation>
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
            <numerusform>%n dossiê comparado em %1, face a %2 (catálogo %3)</numerusform>
            <numerusform>%n dossiês comparados em %1, face a %2 (catálogo %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n State(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n Estado</numerusform>
            <numerusform>%n Estados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisions not fully met in at least %n State(s), the most widely shared first, then &apos;shall&apos; before &apos;should&apos; and high priority before lower.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Disposições não totalmente cumpridas em pelo menos %n Estado, primeiro as mais partilhadas, depois «deve» antes de «deveria» e a prioridade alta antes das outras.</numerusform>
            <numerusform>Disposições não totalmente cumpridas em pelo menos %n Estados, primeiro as mais partilhadas, depois «deve» antes de «deveria» e a prioridade alta antes das outras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositionChecklist</name>
    <message>
        <source>Gender balance (7.4.1)</source>
        <extracomment>Women, men and not recorded: of all representatives, and of titular members.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Equilíbrio de género (7.4.1)</translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Equilíbrio de género</translation>
    </message>
    <message>
        <source>For each category: does the State have such a ministry or body (“where they exist”), and which organisation represents it. Change “Exists in the State” with F2 or a double click; add an organisation to the selected category with the button. Membership is changed on the Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Para cada categoria: o Estado tem um ministério ou organismo deste tipo («onde existam») e que organização o representa. Altere «Existe no Estado» com F2 ou com um duplo clique; adicione uma organização à categoria selecionada com o botão. A qualidade de membro é alterada na página Organizações.</translation>
    </message>
    <message>
        <source>Composition checklist</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lista de verificação da composição</translation>
    </message>
    <message>
        <source>&amp;Add an organisation to this category…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Adicionar uma organização a esta categoria…</translation>
    </message>
    <message>
        <source>%4% of the %1 representatives whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%4% dos %1 representantes cujo sexo está registado são mulheres (%2 mulheres, %3 homens).</translation>
    </message>
    <message>
        <source>%4% of the %1 titular members whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%4% dos %1 membros titulares cujo sexo está registado são mulheres (%2 mulheres, %3 homens).</translation>
    </message>
    <message>
        <source>Gender balance is read as 40 to 60 per cent women.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Considera-se haver equilíbrio de género quando as mulheres representam entre 40 e 60 por cento.</translation>
    </message>
    <message numerus="yes">
        <source>%n representative(s) have no sex recorded: they are counted apart, not guessed. Record it on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n representante não tem o sexo registado: é contado à parte, não é suposto. Registe-o na página Pessoas.</numerusform>
            <numerusform>%n representantes não têm o sexo registado: são contados à parte, não são supostos. Registe-o na página Pessoas.</numerusform>
        </translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todos os representantes</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membros titulares</translation>
    </message>
    <message>
        <source>Women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mulheres e homens entre os representantes</translation>
    </message>
    <message>
        <source>No one whose sex is recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há ninguém com o sexo registado.</translation>
    </message>
</context>
<context>
    <name>CompositionModel</name>
    <message>
        <source>%1 titular, %2 alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 titulares, %2 suplentes</translation>
    </message>
    <message>
        <source>Marked as not present in this State, yet organisations of it take part: correct the mark.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Assinalada como inexistente neste Estado, mas há organizações desta categoria que participam: corrija a indicação.</translation>
    </message>
    <message>
        <source>Yes: organisations of this category take part in the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sim: há organizações desta categoria que participam no mecanismo.</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoria (7.4)</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Existe no Estado</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Representantes</translation>
    </message>
</context>
<context>
    <name>CompositionPage</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composição</translation>
    </message>
    <message>
        <source>Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry (7.4.4) and international bodies (7.4.5), the latter as full members or observers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ministérios e organismos governamentais (7.4.2 a a v), sociedade civil (7.4.3), indústria (7.4.4) e organismos internacionais (7.4.5), estes últimos como membros de pleno direito ou observadores.</translation>
    </message>
</context>
<context>
    <name>CompositionStep</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composição</translation>
    </message>
    <message>
        <source>For each ministry and body of 7.4, does the State have one, and is it represented? Add the organisations that take part.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Para cada ministério e organismo de 7.4: o Estado tem um, e está representado? Adicione as organizações que participam.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Kind</source>
        <extracomment>``lookup(table, id)``: the name of the record ``id`` of ``table``, or None if unknown.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Campos alterados</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Alterado aqui</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Alterado lá</translation>
    </message>
    <message>
        <source>Keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Manter</translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (mais recente)</translation>
    </message>
</context>
<context>
    <name>ContactInstrumentsModel</name>
    <message>
        <source>Covers (tick)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrange (assinalar)</translation>
    </message>
    <message>
        <source>Notified to (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificado a (6.3)</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificado em</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Última confirmação</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que verificar</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontos de Contacto</translation>
    </message>
    <message>
        <source>&amp;Designate a person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Designar uma pessoa…</translation>
    </message>
    <message>
        <source>Add a &amp;new person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar uma &amp;nova pessoa…</translation>
    </message>
    <message>
        <source>&amp;Withdraw designation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Retirar a designação</translation>
    </message>
    <message>
        <source>No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the instruments of clause 4 the State has joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhum Ponto de Contacto designado. A cláusula 6.1 prevê pelo menos um, para os instrumentos da cláusula 4 a que o Estado aderiu.</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos abrangidos</translation>
    </message>
    <message>
        <source>Profile (6.2): tick what the Point of Contact offers. A National Point of Contact should…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Perfil (6.2): assinale o que o Ponto de Contacto reúne. Um Ponto de Contacto Nacional deveria…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes on the Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notas sobre o Ponto de Contacto</translation>
    </message>
    <message>
        <source>Coordination between Points of Contact (6.1) and notifications (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Coordenação entre Pontos de Contacto (6.1) e notificações (6.3)</translation>
    </message>
    <message>
        <source>How they &amp;coordinate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Como se coordenam</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Frequência</translation>
    </message>
    <message>
        <source>&amp;Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ú&amp;ltima realização</translation>
    </message>
    <message>
        <source>Notification &amp;stale after (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificação desatualizada a&amp;pós (meses)</translation>
    </message>
    <message>
        <source>How the Points of Contact share information and coordinate, under the oversight of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Como os Pontos de Contacto partilham informações e se coordenam, sob a supervisão da Autoridade Nacional</translation>
    </message>
    <message>
        <source>e.g. quarterly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ex. trimestralmente</translation>
    </message>
    <message>
        <source>A notification not sent or confirmed within this many months is flagged as stale: 6.3 asks that contact details be kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Uma notificação não enviada nem confirmada dentro deste número de meses é assinalada como desatualizada: a cláusula 6.3 pede que os dados de contacto sejam mantidos atualizados.</translation>
    </message>
    <message>
        <source>%1: instruments, notifications and profile</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: instrumentos, notificações e perfil</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Retirar %1</translation>
    </message>
    <message>
        <source>Withdraw the designation of %1 as National Point of Contact? The person stays in the dossier. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Retirar a designação de %1 como Ponto de Contacto Nacional? A pessoa continua no dossiê. Pode anular com Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ponto de Contacto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos abrangidos</translation>
    </message>
    <message>
        <source>Notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificação</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontos de Contacto Nacionais</translation>
    </message>
    <message>
        <source>One or more officially designated people who exchange information and act as liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Uma ou mais pessoas oficialmente designadas que trocam informações e atuam como elo de ligação relativamente aos instrumentos da cláusula 4 (6.1), comunicadas aos gabinetes indicados em 6.3 e mantidas atualizadas.</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontos de Contacto Nacionais</translation>
    </message>
    <message>
        <source>Designate one or more people for the instruments joined, and record when each office was notified (clause 6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designe uma ou mais pessoas para os instrumentos a que o Estado aderiu e registe quando cada gabinete foi notificado (cláusula 6).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar decisão</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar uma decisão</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Decisão</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision / follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisão / ação de seguimento</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Plan activity: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividade do plano: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ocorreu um problema</translation>
    </message>
    <message>
        <source>The last action could not be completed: %1

Everything saved before it is safe in the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível concluir a última ação: %1

Tudo o que foi guardado antes está seguro no dossiê.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF, to print (.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>PDF, para imprimir (.pdf)</translation>
    </message>
    <message>
        <source>Word, to edit (.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Word, para editar (.docx)</translation>
    </message>
    <message>
        <source>Spreadsheet, to edit (.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Folha de cálculo, para editar (.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Folhas de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exportar: %1</translation>
    </message>
    <message>
        <source>Language of the hand-out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Idioma do documento</translation>
    </message>
    <message>
        <source>&amp;Public version: leave out phone numbers and email addresses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versão &amp;pública: sem números de telefone nem endereços de correio eletrónico</translation>
    </message>
    <message>
        <source>Public version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versão pública</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>No meeting: every member and observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma reunião: todos os membros e observadores</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ficheiro PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escolher o ficheiro PDF</translation>
    </message>
    <message>
        <source>&amp;Language of the hand-out:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Idioma do documento:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Re&amp;união:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fic&amp;heiro:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>The quality check on the Action plan page raises %n point(s) to settle before the plan is tabled; it can be exported as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>A verificação de qualidade da página Plano de ação assinala %n ponto a resolver antes de o plano ser apresentado; pode ser exportado tal como está.</numerusform>
            <numerusform>A verificação de qualidade da página Plano de ação assinala %n pontos a resolver antes de o plano ser apresentado; pode ser exportado tal como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exportar como</translation>
    </message>
    <message>
        <source>No meeting is recorded yet: record one on the Meetings page first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhuma reunião registada: registe primeiro uma na página Reuniões.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escolha o ficheiro a escrever.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A exportação foi cancelada; não foi escrito nenhum ficheiro.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>%1…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 escrito.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 escrito (%n página).</numerusform>
            <numerusform>%1 escrito (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Applies to the parties of %1; the Framework page does not record it as joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aplica-se aos Estados Partes em: %1; a página Enquadramento não regista a adesão do Estado a este instrumento.</translation>
    </message>
    <message>
        <source>Answered by hand. Evidence: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Respondido manualmente. Comprovativo: %1</translation>
    </message>
    <message>
        <source>Answered by hand, with no evidence recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Respondido manualmente, ainda sem comprovativo registado.</translation>
    </message>
    <message>
        <source>The records cannot decide this one: answer it on the Readiness page, with a line of evidence.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Os registos não permitem decidir esta disposição: responda-lhe na página Preparação, com uma linha de comprovativo.</translation>
    </message>
    <message>
        <source>%1 is recorded with its legal basis, a National Authority and a Point of Contact.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O mecanismo «%1» está registado com a sua base jurídica, uma Autoridade Nacional e um Ponto de Contacto.</translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não registado: %1.</translation>
    </message>
    <message>
        <source>the mechanism&apos;s name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>o nome do mecanismo</translation>
    </message>
    <message>
        <source>its legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>a sua base jurídica</translation>
    </message>
    <message>
        <source>the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>a Autoridade Nacional</translation>
    </message>
    <message>
        <source>a National Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>um Ponto de Contacto Nacional</translation>
    </message>
    <message>
        <source>The State is party to %1, which requires it by a legally binding agreement to establish a national coordinating mechanism (7.2 NOTE 1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por acordo juridicamente vinculativo, o Estado está obrigado a estabelecer um mecanismo nacional de coordenação (7.2 NOTA 1), enquanto parte em: %1.</translation>
    </message>
    <message>
        <source>The National Authority is hosted by %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade de acolhimento da Autoridade Nacional é %1.</translation>
    </message>
    <message>
        <source>No host entity of the National Authority is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registada nenhuma entidade de acolhimento da Autoridade Nacional.</translation>
    </message>
    <message>
        <source>The National Authority is known as “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A Autoridade Nacional é conhecida como «%1».</translation>
    </message>
    <message>
        <source>No name is recorded for the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registado o nome pelo qual a Autoridade Nacional é conhecida.</translation>
    </message>
    <message>
        <source>The role checklist records this as in place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A lista de verificação do papel regista este ponto como assegurado: %1</translation>
    </message>
    <message>
        <source>The role checklist records this as in place, without saying how.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A lista de verificação do papel regista este ponto como assegurado, sem indicar como.</translation>
    </message>
    <message>
        <source>The role checklist does not record this as in place.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A lista de verificação do papel não regista este ponto como assegurado.</translation>
    </message>
    <message>
        <source>The host, %1, is in the category %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade de acolhimento, %1, pertence à categoria %2.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as sitting within the agency responsible for internal peace and security.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade de acolhimento, %1, está registada como integrada no organismo responsável pela paz e segurança internas.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as neither responsible for the interior or internal security nor sitting within such an agency.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade de acolhimento, %1, está registada como não sendo responsável pelo interior nem pela segurança interna, nem integrada num organismo desse tipo.</translation>
    </message>
    <message>
        <source>The host, %1, is not in the interior category, and whether it sits within the agency for internal peace and security is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade de acolhimento, %1, não pertence à categoria do interior, e não está registado se está integrada no organismo responsável pela paz e segurança internas.</translation>
    </message>
    <message>
        <source>No National Point of Contact is designated.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está designado nenhum Ponto de Contacto Nacional.</translation>
    </message>
    <message>
        <source>%1 is covered by %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: a cargo de %2.</translation>
    </message>
    <message>
        <source>No Point of Contact covers %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhum Ponto de Contacto abrange: %1.</translation>
    </message>
    <message>
        <source>No instrument of clause 4 is recorded as joined, so it is not known which Points of Contact are needed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhum instrumento da cláusula 4 está registado como aderido, pelo que não se sabe que Pontos de Contacto são necessários.</translation>
    </message>
    <message>
        <source>Every instrument of clause 4 the State has joined has a Point of Contact: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todos os instrumentos da cláusula 4 a que o Estado aderiu têm um Ponto de Contacto: %1.</translation>
    </message>
    <message>
        <source>No Point of Contact covers: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhum Ponto de Contacto abrange: %1.</translation>
    </message>
    <message>
        <source>One Point of Contact, %1, covers everything.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Um único Ponto de Contacto, %1, abrange todos os instrumentos.</translation>
    </message>
    <message>
        <source>%1 covers several instruments (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 abrange vários instrumentos (%2).</translation>
    </message>
    <message>
        <source>Each of the %1 Points of Contact covers a single instrument.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada um dos %1 Pontos de Contacto abrange um único instrumento.</translation>
    </message>
    <message>
        <source>There are not several Points of Contact to coordinate (%1 designated).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não há vários Pontos de Contacto a coordenar (%1 designado(s)).</translation>
    </message>
    <message>
        <source>The %1 Points of Contact coordinate: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Os %1 Pontos de Contacto coordenam-se: %2.</translation>
    </message>
    <message>
        <source>%1 Points of Contact are designated, but how they share information and coordinate is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estão designados %1 Pontos de Contacto, mas não está registado como partilham informações e se coordenam.</translation>
    </message>
    <message>
        <source>The profile of every Point of Contact (%1) includes this.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O perfil de todos os Pontos de Contacto (%1) inclui este elemento.</translation>
    </message>
    <message>
        <source>The profile of %1 of the %2 Points of Contact includes this; not yet: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O perfil de %1 dos %2 Pontos de Contacto inclui este elemento; ainda não: %3.</translation>
    </message>
    <message>
        <source>The profile of none of the %1 Points of Contact includes this yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O perfil de nenhum dos %1 Pontos de Contacto inclui ainda este elemento.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: última notificação ou confirmação ao %2 em %3.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3, more than %4 months ago.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: última notificação ou confirmação ao %2 em %3, há mais de %4 meses.</translation>
    </message>
    <message>
        <source>%1: %2 has no record of being notified of %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: não há registo de que o %2 tenha sido notificado de %3.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado na página Funções: %1.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1; lead: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado na página Funções: %1; responsável: %2.</translation>
    </message>
    <message>
        <source>No status is recorded on the Functions page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registado nenhum estado na página Funções.</translation>
    </message>
    <message>
        <source>Data on %1: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dados sobre %1: %2.</translation>
    </message>
    <message>
        <source>Data on %1: %2; disaggregated by sex: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dados sobre %1: %2; desagregados por sexo: %3.</translation>
    </message>
    <message>
        <source>Whether data on %1 is available is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registado se existem dados sobre %1.</translation>
    </message>
    <message>
        <source>Each of the %1 functional areas of Table 1 has one confirmed lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada uma das %1 áreas funcionais do Quadro 1 tem um responsável confirmado.</translation>
    </message>
    <message>
        <source>No lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem responsável: %1.</translation>
    </message>
    <message>
        <source>More than one lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mais de um responsável: %1.</translation>
    </message>
    <message>
        <source>Lead suggested, not confirmed: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsável sugerido, não confirmado: %1.</translation>
    </message>
    <message>
        <source>%1 has no lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 não tem responsável.</translation>
    </message>
    <message>
        <source>%1 has more than one lead: %2. One lead avoids duplicated roles (7.3.2 d).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 tem mais de um responsável: %2. Um único responsável evita a duplicação de funções (7.3.2 d).</translation>
    </message>
    <message>
        <source>%1 has suggestions from Table 1 to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 tem sugestões do Quadro 1 por confirmar.</translation>
    </message>
    <message>
        <source>%1: Table 1 names entities the mechanism does not include: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: o Quadro 1 indica entidades que o mecanismo não inclui: %2.</translation>
    </message>
    <message>
        <source>%1 of the %2 functional areas of Table 1 have a lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 das %2 áreas funcionais do Quadro 1 têm um responsável.</translation>
    </message>
    <message>
        <source>No responsibility is recorded in the Table 1 matrix.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registada nenhuma responsabilidade na matriz do Quadro 1.</translation>
    </message>
    <message>
        <source>Each of the %1 categories of 7.4 is represented, or recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada uma das %1 categorias de 7.4 está representada ou registada como inexistente neste Estado.</translation>
    </message>
    <message>
        <source>Not yet represented: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não representadas: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no organisation represents it, and the State is not recorded as having none.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: nenhuma organização a representa, e não está registado que o Estado não tenha nenhuma.</translation>
    </message>
    <message>
        <source>%1: recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: registada como inexistente neste Estado.</translation>
    </message>
    <message>
        <source>%1 is marked as not present in this State, yet %2 take part: correct the mark on the Composition page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A categoria %1 está assinalada como inexistente neste Estado, mas %2 participam: corrija a indicação na página Composição.</translation>
    </message>
    <message>
        <source>International bodies: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organismos internacionais: %1.</translation>
    </message>
    <message>
        <source>No international body takes part as a full member or observer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhum organismo internacional participa como membro de pleno direito ou observador.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives whose sex is recorded (%2 women, %3 men) and %4% of titular members; %5 have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As mulheres são %1% dos representantes cujo sexo está registado (%2 mulheres, %3 homens) e %4% dos membros titulares; %5 não têm o sexo registado.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives (%2 women, %3 men) and %4% of titular members.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As mulheres são %1% dos representantes (%2 mulheres, %3 homens) e %4% dos membros titulares.</translation>
    </message>
    <message>
        <source>The sex of none of the %1 representatives is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registado o sexo de nenhum dos %1 representantes.</translation>
    </message>
    <message>
        <source>%1: %2; funding: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2; financiamento: %3.</translation>
    </message>
    <message>
        <source>%1: nothing is recorded on the Infrastructure page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: não está registado nada na página Infraestruturas.</translation>
    </message>
    <message>
        <source>The National Authority provides: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A Autoridade Nacional fornece: %1.</translation>
    </message>
    <message>
        <source>No resource is recorded as provided by the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registado nenhum recurso fornecido pela Autoridade Nacional.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Constatação</translation>
    </message>
    <message>
        <source>Decided</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decidido</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>The set-up so far</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A configuração até agora</translation>
    </message>
    <message>
        <source>Functions, infrastructure and responsibilities follow on their own pages.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As funções, as infraestruturas e as responsabilidades seguem-se nas respetivas páginas.</translation>
    </message>
    <message>
        <source>Open the &amp;Readiness page when I finish</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir a página &amp;Preparação quando terminar</translation>
    </message>
    <message numerus="yes">
        <source>Readiness score: %1. %n gap(s) remain; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Pontuação de preparação: %1. Resta %n lacuna; a página Preparação lista-as todas, das mais importantes para as menos importantes, cada uma com o próximo passo e uma ligação para a página onde pode ser resolvida.</numerusform>
            <numerusform>Pontuação de preparação: %1. Restam %n lacunas; a página Preparação lista-as todas, das mais importantes para as menos importantes, cada uma com o próximo passo e uma ligação para a página onde pode ser resolvida.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ones:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As primeiras:</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Enquadramento</translation>
    </message>
    <message>
        <source>The State, the mechanism and its legal basis (7.1), and the international and regional instruments the State has joined (clause 4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O Estado, o mecanismo e a sua base jurídica (7.1), e os instrumentos internacionais e regionais a que o Estado aderiu (cláusula 4).</translation>
    </message>
</context>
<context>
    <name>FunctionsEditor</name>
    <message>
        <source>The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged from the Table 1 matrix on the Responsibilities page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As funções do mecanismo por prioridade (7.3.2 a 7.3.4). Altere um estado, um responsável ou uma nota com F2, com um duplo clique ou escrevendo. A função 7.3.2 d) é avaliada a partir da matriz do Quadro 1 na página Responsabilidades.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Funções</translation>
    </message>
    <message>
        <source>Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the standard asks for it, is it disaggregated by sex?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Domínios de monitorização de 7.3.2 a) 1) a 8): os dados estão disponíveis e, quando a norma o pede, estão desagregados por sexo?</translation>
    </message>
    <message>
        <source>Monitoring areas</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Domínios de monitorização</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ainda sem responsável)</translation>
    </message>
    <message>
        <source>Function</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Função</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização responsável</translation>
    </message>
    <message>
        <source>Notes (who, how, how often)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notas (quem, como, com que frequência)</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Funções</translation>
    </message>
    <message>
        <source>What the mechanism does, high priority first (7.3), and the evidence its monitoring rests on (7.3.2 a).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que o mecanismo faz, começando pela prioridade alta (7.3), e os dados em que assenta a sua monitorização (7.3.2 a).</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar convidado</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar um convidado</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Convidado</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Presente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presente</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(deleted)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Histórico: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>No change is recorded for this record: it was last changed before NCM Desktop kept a change log.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registada nenhuma alteração deste registo: foi alterado pela última vez antes de o NCM Desktop manter um registo de alterações.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Depois</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <extracomment>How many values of a column its example shows. The widest the organisation names and their categories are shown, in pixels.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Importar membros</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Coluna do ficheiro</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Importada como</translation>
    </message>
    <message>
        <source>First values</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Primeiros valores</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Campo para a coluna «%1»</translation>
    </message>
    <message>
        <source>1. What each column holds</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>1. O que contém cada coluna</translation>
    </message>
    <message>
        <source>Organisations and their categories</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizações e respetivas categorias</translation>
    </message>
    <message>
        <source>2. The category of each new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>2. A categoria de cada nova organização</translation>
    </message>
    <message>
        <source>Categories were guessed from the names; the unsure ones come first. Check them: double-click a category, or select it and press F2, to change it. Your corrections are remembered for the next imports.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As categorias foram deduzidas a partir dos nomes; as incertas aparecem primeiro. Verifique-as: para alterar uma categoria, faça duplo clique sobre ela ou selecione-a e prima F2. As suas correções são memorizadas para as próximas importações.</translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As linhas tal como serão importadas</translation>
    </message>
    <message>
        <source>3. The rows</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>3. As linhas</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Excluir as linhas com problemas e importar as restantes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A importação foi cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nada foi importado: algumas linhas têm problemas.</translation>
    </message>
    <message>
        <source>Rows: %1. To add: %2. Duplicates, left out: %3. With problems: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Linhas: %1. A adicionar: %2. Duplicados, excluídos: %3. Com problemas: %4.</translation>
    </message>
    <message>
        <source>%1: sheet “%2”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: folha «%2», %3 linhas após os cabeçalhos.</translation>
    </message>
    <message>
        <source>%1: text encoded as %2, values separated by “%4”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: texto codificado em %2, valores separados por «%4», %3 linhas após os cabeçalhos.</translation>
    </message>
    <message>
        <source>tab</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>tabulação</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sem categoria)</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Será adicionada</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Duplicado da linha %1 (%2)</translation>
    </message>
    <message>
        <source>Already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Já consta do dossiê como «%1» (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Função</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Result</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>InfrastructurePage</name>
    <message>
        <source>Infrastructure and administration</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Infraestruturas e administração</translation>
    </message>
    <message>
        <source>Support staff, meeting and office space, equipment and finances (clause 8).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoal de apoio, espaço para reuniões e escritórios, equipamento e finanças (cláusula 8).</translation>
    </message>
</context>
<context>
    <name>InstrumentsEditor</name>
    <message>
        <source>Instruments joined (clause 4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos a que o Estado aderiu (cláusula 4)</translation>
    </message>
    <message>
        <source>Tick each instrument the State has joined; each one of clause 4 needs a National Point of Contact (clause 6). Some regional treaties make a national mechanism legally required.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Assinale cada instrumento a que o Estado aderiu; cada instrumento da cláusula 4 requer um Ponto de Contacto Nacional (cláusula 6). Alguns tratados regionais tornam juridicamente obrigatório um mecanismo nacional.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>&amp;Other regional instrument:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Outro instrumento regional:</translation>
    </message>
    <message>
        <source>Other regional instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outro instrumento regional</translation>
    </message>
    <message>
        <source>Its name, as the State refers to it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O seu nome, tal como o Estado o designa</translation>
    </message>
    <message>
        <source>Add as joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar como aderido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected instrument entered by name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Remover o instrumento selecionado introduzido pelo nome</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Clause 4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula 4</translation>
    </message>
    <message>
        <source>Regional</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Regional (entered by name)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Regional (introduzido pelo nome)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não</translation>
    </message>
    <message>
        <source>Instrument (tick when joined)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumento (assinalar quando aderido)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data de adesão</translation>
    </message>
    <message>
        <source>Requires a national mechanism (7.2 NOTE 1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exige um mecanismo nacional (7.2 NOTA 1)</translation>
    </message>
</context>
<context>
    <name>InstrumentsStep</name>
    <message>
        <source>Instruments joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos aderidos</translation>
    </message>
    <message>
        <source>Tick the instruments of clause 4 and the regional treaties the State is party to; add any other by name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Assinale os instrumentos da cláusula 4 e os tratados regionais em que o Estado é parte; adicione qualquer outro pelo nome.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <extracomment>(value, label) pairs. Enums whose values coincide with another&apos;s and mean the same (``storage.enums.Answer`` and ``Status``; ``Coverage`` and ``Role``/``Membership``) fall back on the label of that value; values that coincide but mean something else (``ChangeAction.RESTORE`` and ``BackupReason.RESTORE``) each have their own entry.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mulher</translation>
    </message>
    <message>
        <source>Male</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Homem</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não registado</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Vice-presidente</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Secretário(a)</translation>
    </message>
    <message>
        <source>Member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Full member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membro de pleno direito</translation>
    </message>
    <message>
        <source>Observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Not present in this State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Inexistente neste Estado</translation>
    </message>
    <message>
        <source>shall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>deve</translation>
    </message>
    <message>
        <source>should</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>deveria</translation>
    </message>
    <message>
        <source>may</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>pode</translation>
    </message>
    <message>
        <source>can</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>possibilidade</translation>
    </message>
    <message>
        <source>High priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridade alta</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridade média</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridade menor</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não</translation>
    </message>
    <message>
        <source>Not known</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disponíveis</translation>
    </message>
    <message>
        <source>Partly available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Parcialmente disponíveis</translation>
    </message>
    <message>
        <source>Not available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não disponíveis</translation>
    </message>
    <message>
        <source>Not started</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Em falta</translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Parcialmente assegurado</translation>
    </message>
    <message>
        <source>In place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Assegurado</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Pairs, not a dict: these enums share values (&apos;email&apos; is both a field and a kind of duplicate) and equal str values would collide as dict keys.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Acronym of the organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sigla da organização</translation>
    </message>
    <message>
        <source>Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo ou função</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Role in the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Função no mecanismo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não adicionado</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>mesmo nome e organização</translation>
    </message>
    <message>
        <source>same email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>mesmo endereço de correio eletrónico</translation>
    </message>
    <message>
        <source>same phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>mesmo telefone</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Substituído por uma versão mais recente</translation>
    </message>
    <message>
        <source>Changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Alterado em ambos os dossiês</translation>
    </message>
    <message>
        <source>Deleted in one dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminado num dos dossiês</translation>
    </message>
    <message>
        <source>Its organisation was deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A sua organização foi eliminada</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este dossiê</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O outro dossiê</translation>
    </message>
    <message>
        <source>Keep this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Manter a versão deste dossiê</translation>
    </message>
    <message>
        <source>Take the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adotar a versão do outro dossiê</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <extracomment>Names of the kinds of record, by table; a table not listed shows its own name.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>Setting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Definição</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Autoridade Nacional</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ponto de Contacto</translation>
    </message>
    <message>
        <source>Point of Contact instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumento de um Ponto de Contacto</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminação</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>The choice of &quot;no field&quot; for a column of a member list.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(não importado)</translation>
    </message>
    <message>
        <source>Other national source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outra fonte nacional</translation>
    </message>
    <message>
        <source>Regional source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fonte regional</translation>
    </message>
    <message>
        <source>International source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fonte internacional</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda desconhecida</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Support</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Apoio</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Satisfeita</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Parcialmente satisfeita</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não satisfeita</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda sem resposta</translation>
    </message>
    <message>
        <source>From the data</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A partir dos dados</translation>
    </message>
    <message>
        <source>Answered by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Respondida manualmente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atualizada</translation>
    </message>
    <message>
        <source>Stale</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desatualizada</translation>
    </message>
    <message>
        <source>Never notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem notificação</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored by undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reposto ao anular</translation>
    </message>
    <message>
        <source>When the dossier was opened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ao abrir o dossiê</translation>
    </message>
    <message>
        <source>Every 30 minutes while working</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A cada 30 minutos durante o trabalho</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Feita manualmente</translation>
    </message>
    <message>
        <source>Before an upgrade to a new version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de uma atualização para uma nova versão</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de uma importação</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de uma integração</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes do restauro de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Changes not written back to the drive</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Alterações ainda não gravadas na unidade</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adotado</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso limitado</translation>
    </message>
    <message>
        <source>Substantial progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso substancial</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>National budget</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Orçamento nacional</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Doador</translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem financiamento</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plenário</translation>
    </message>
    <message>
        <source>Working group</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Pending</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Newly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recém-satisfeita</translation>
    </message>
    <message>
        <source>Closer to met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mais perto de ser satisfeita</translation>
    </message>
    <message>
        <source>Slipped back</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recuou</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each National Point of Contact be provided to the office concerned and kept up to date. This file holds one letter for each instrument covered by a Point of Contact, ready to be signed and sent.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A norma MOSAIC 03.40 (cláusula 6.3) pede que o nome e os dados de contacto de cada Ponto de Contacto Nacional sejam comunicados ao gabinete competente e mantidos atualizados. Este ficheiro contém uma carta por cada instrumento abrangido por um Ponto de Contacto, pronta a ser assinada e enviada.</translation>
    </message>
    <message>
        <source>Letters in this file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cartas deste ficheiro</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ponto de Contacto</translation>
    </message>
    <message>
        <source>Last notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Última notificação</translation>
    </message>
    <message>
        <source>Not yet notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não notificado</translation>
    </message>
    <message>
        <source>No Point of Contact is recorded for any instrument, so this file holds no letter.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registado nenhum Ponto de Contacto para nenhum instrumento, pelo que este ficheiro não contém nenhuma carta.</translation>
    </message>
    <message>
        <source>Instruments with no Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos sem Ponto de Contacto</translation>
    </message>
    <message>
        <source>No letter was prepared for these instruments, because no National Point of Contact is recorded for them. If the State has joined one of them, a Point of Contact can be designated (clause 6.1) and the letters printed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi preparada nenhuma carta para estes instrumentos, porque não está registado nenhum Ponto de Contacto Nacional para eles. Se o Estado tiver aderido a algum deles, pode ser designado um Ponto de Contacto (cláusula 6.1) e as cartas podem ser impressas de novo.</translation>
    </message>
    <message>
        <source>A letter marked DRAFT names a Point of Contact with no phone number or email address recorded: complete the contact details, then print the letters again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Uma carta marcada RASCUNHO indica um Ponto de Contacto sem número de telefone nem endereço de correio eletrónico registado: complete os dados de contacto e imprima as cartas de novo.</translation>
    </message>
    <message>
        <source>Subject: National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Assunto: Ponto de Contacto Nacional para o %1</translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exma. Senhora, Exmo. Senhor,</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Point of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tenho a honra de informar V. Ex.ª de que %1 designou o seguinte Ponto de Contacto Nacional para o %2:</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Points of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tenho a honra de informar V. Ex.ª de que %1 designou os seguintes Pontos de Contacto Nacionais para o %2:</translation>
    </message>
    <message>
        <source>%1 is also the National Point of Contact for: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 é também o Ponto de Contacto Nacional para: %2.</translation>
    </message>
    <message>
        <source>This letter confirms and updates the notification of %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A presente carta confirma e atualiza a notificação de %1.</translation>
    </message>
    <message>
        <source>I should be grateful if these details could be recorded and used for all communications on the implementation of the %1. Any change will be notified to you without delay.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Muito agradeceria que estes dados fossem registados e utilizados em todas as comunicações relativas à aplicação do %1. Qualquer alteração ser-lhe-á notificada sem demora.</translation>
    </message>
    <message>
        <source>Please accept the assurances of my highest consideration.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aproveito a oportunidade para apresentar a V. Ex.ª os protestos da minha mais elevada consideração.</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome e cargo</translation>
    </message>
    <message>
        <source>For the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Em nome de: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>não registado</translation>
    </message>
    <message>
        <source>the Government</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>o Governo</translation>
    </message>
    <message>
        <source>national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>mecanismo nacional de coordenação</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>F&amp;erramentas</translation>
    </message>
    <message>
        <source>Set-up &amp;assistant…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Assistente de configuração…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Novo dossiê…</translation>
    </message>
    <message>
        <source>&amp;Open dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Abrir dossiê…</translation>
    </message>
    <message>
        <source>Open ser&amp;ver dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir dossiê do ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar uma &amp;cópia como…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Importar membros…</translation>
    </message>
    <message>
        <source>Co&amp;mpare dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Co&amp;mparar dossiês…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>In&amp;tercâmbio</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Exportar pacote…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Integrar pacote…</translation>
    </message>
    <message>
        <source>Merge &amp;history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Histórico de integrações…</translation>
    </message>
    <message>
        <source>&amp;Save to the drive now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar na &amp;unidade agora</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cópias de se&amp;gurança…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Secção &amp;seguinte</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Secção &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sobre o NCM Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Secções</translation>
    </message>
    <message>
        <source>No dossier is open. Create one with File &gt; New dossier, or open one with File &gt; Open dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhum dossiê está aberto. Crie um em Ficheiro &gt; Novo dossiê ou abra um em Ficheiro &gt; Abrir dossiê.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Novo dossiê</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir dossiê</translation>
    </message>
    <message>
        <source>Open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir dossiê do servidor</translation>
    </message>
    <message>
        <source>Address of the server dossier (postgresql://user@server/database):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Endereço do dossiê do servidor (postgresql://utilizador@servidor/base):</translation>
    </message>
    <message>
        <source>%1 is not a server address (%2). Write it as postgresql://server/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 não é um endereço de servidor (%2). Escreva-o como postgresql://servidor/base.</translation>
    </message>
    <message>
        <source>Try again?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tentar de novo?</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Palavra-passe para %1:</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar uma cópia como</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Foi guardada uma cópia como %1</translation>
    </message>
    <message>
        <source>Import members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Importar membros</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Listas de membros (*.csv *.xlsx *.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Imported %1 people and %2 new organisations.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Foram importadas %1 pessoas e %2 novas organizações.</translation>
    </message>
    <message>
        <source>The package was written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O pacote foi escrito: %1</translation>
    </message>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Integrar um pacote</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pacotes do NCM Desktop (*.ncmx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>This dossier is open read-only: nothing can be imported or merged into it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este dossiê está aberto só de leitura: não é possível importar nem integrar nada nele.</translation>
    </message>
    <message>
        <source>The drive already holds every change.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A unidade já contém todas as alterações.</translation>
    </message>
    <message>
        <source>The delete was undone.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A eliminação foi anulada.</translation>
    </message>
    <message>
        <source>About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sobre o NCM Desktop</translation>
    </message>
    <message>
        <source>(no recent dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(nenhum dossiê recente)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>An&amp;ular: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>An&amp;ular</translation>
    </message>
    <message>
        <source>Done: %1. Press Ctrl+Z to undo.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Feito: %1. Prima Ctrl+Z para anular.</translation>
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
        <translation>%1 em %2, desde %3</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2), which is no longer running: it probably stopped without closing it. You can take the lock over and work on the dossier, or open it read-only.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 foi deixado bloqueado pelo NCM Desktop (%2), que já não está em execução: provavelmente terminou sem o fechar. Pode assumir o bloqueio e trabalhar no dossiê, ou abri-lo só de leitura.</translation>
    </message>
    <message>
        <source>&amp;Take over and open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Assumir e abrir</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir só de &amp;leitura</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2). Only one program can change a dossier at a time. Open it read-only, or, only if that computer no longer uses it (it stopped, or the drive was removed from it), take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está aberto no NCM Desktop noutro computador (%2). Só um programa de cada vez pode alterar um dossiê. Abra-o só de leitura ou, apenas se esse computador já não o estiver a utilizar (terminou, ou a unidade foi retirada dele), assuma o bloqueio.</translation>
    </message>
    <message>
        <source>%1 is already open in another copy of NCM Desktop (%2). Only one program can change a dossier at a time: you can open it read-only here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 já está aberto noutra instância do NCM Desktop (%2). Só um programa de cada vez pode alterar um dossiê: pode abri-lo aqui só de leitura.</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dossiê em utilização</translation>
    </message>
    <message>
        <source>%1

The latest good backup of this dossier was made on %2; it holds %3 organisations and %4 people. Restore it? What is in the file now is kept in the backups folder.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1

A cópia de segurança válida mais recente deste dossiê foi feita em %2; contém %3 organizações e %4 pessoas. Restaurá-la? O conteúdo atual do ficheiro é guardado na pasta das cópias de segurança.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A cópia de segurança foi restaurada.</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it connects to a network only to open a server dossier you name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

Cria e gere um mecanismo nacional de coordenação sobre o controlo de armas ligeiras e de pequeno calibre, segundo a norma das Nações Unidas MOSAIC 03.40.

Funciona sem ligação: só se liga a uma rede para abrir um dossiê do servidor que indicar.</translation>
    </message>
    <message>
        <source>Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 since %3. You can read it here; changes made there appear when you open it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Só de leitura: este dossiê está aberto para alterações no NCM Desktop por %1 em %2 desde %3. Pode consultá-lo aqui; as alterações feitas lá aparecerão quando o abrir de novo.</translation>
    </message>
    <message>
        <source>Read-only: you are a reader of this server dossier. You can read it and print from it; its owner can make you an officer to change it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Só de leitura: é leitor deste dossiê do servidor. Pode lê-lo e imprimir a partir dele; o seu proprietário pode torná-lo técnico para o alterar.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made to this dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Só de leitura: não é possível fazer alterações a este dossiê.</translation>
    </message>
    <message>
        <source>It was written by an older version of NCM Desktop: you are reading a copy brought up to date for this version.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Foi escrito por uma versão anterior do NCM Desktop: está a ler uma cópia atualizada para esta versão.</translation>
    </message>
    <message>
        <source>This dossier is on a network drive (%1). You are working on a copy on this computer, written back to the network drive every minute while you make changes and when you close the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este dossiê está numa unidade de rede (%1). Está a trabalhar numa cópia neste computador, que é escrita de volta na unidade de rede a cada minuto enquanto faz alterações e quando fecha o dossiê.</translation>
    </message>
    <message>
        <source>This dossier is on a removable drive (%1). You are working on a copy on this computer, written back to the drive every minute while you make changes and when you close the dossier. Close the dossier, or use File &gt; Save to the drive now, before you remove the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este dossiê está numa unidade amovível (%1). Está a trabalhar numa cópia neste computador, que é escrita de volta na unidade a cada minuto enquanto faz alterações e quando fecha o dossiê. Feche o dossiê, ou utilize Ficheiro &gt; Guardar na unidade agora, antes de retirar a unidade.</translation>
    </message>
    <message>
        <source>Changes made on this computer that had not reached the drive last time were written back to it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As alterações feitas neste computador que da última vez não tinham chegado à unidade foram agora escritas nela.</translation>
    </message>
    <message>
        <source>Changes left on this computer last time were not written back, and the file on the drive has changed since: they were kept as a backup (File &gt; Backups…).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As alterações deixadas neste computador da última vez não foram escritas de volta, e o ficheiro na unidade foi entretanto alterado: foram guardadas como cópia de segurança (Ficheiro &gt; Cópias de segurança…).</translation>
    </message>
    <message>
        <source>The dossier could not be written back to its drive (%1). Your changes are safe on this computer and are written back when the drive can be written again, or the next time you open the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível escrever o dossiê de volta na sua unidade (%1). As suas alterações estão seguras neste computador e serão escritas de volta quando for possível escrever de novo na unidade, ou da próxima vez que abrir o dossiê.</translation>
    </message>
    <message>
        <source>An automatic backup could not be made: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível fazer uma cópia de segurança automática: %1</translation>
    </message>
    <message>
        <source>Written back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escrito de volta na unidade.</translation>
    </message>
    <message>
        <source>%1 — NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — NCM Desktop</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation> (só de leitura)</translation>
    </message>
    <message>
        <source>Server dossier %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dossiê do servidor %1</translation>
    </message>
    <message>
        <source>The open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O dossiê do servidor aberto</translation>
    </message>
    <message>
        <source>The open dossier file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O ficheiro do dossiê aberto</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dossiês do NCM Desktop (*.ncm)</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Which member organisation leads and which supports each functional area of Table 1 (clause 9). One lead per area avoids duplicated roles (7.3.2 d). Shaded cells are where Table 1 names the organisation&apos;s kind of entity.</source>
        <extracomment>Areas share the width; below this the matrix scrolls sideways instead.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Que organização membro é responsável e qual presta apoio em cada área funcional do Quadro 1 (cláusula 9). Um único responsável por área evita a duplicação de funções (7.3.2 d). As células sombreadas são aquelas em que o Quadro 1 indica o tipo de entidade da organização.</translation>
    </message>
    <message>
        <source>Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Teclas: L responsável, S apoio, Delete limpar, C confirmar uma sugestão, F2 escolher.</translation>
    </message>
    <message>
        <source>Responsibilities matrix</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Matriz de responsabilidades</translation>
    </message>
    <message>
        <source>&amp;Suggest from Table 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sugerir a partir do Quadro 1</translation>
    </message>
    <message>
        <source>&amp;Confirm all suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Confirmar todas as sugestões</translation>
    </message>
    <message>
        <source>&amp;Discard suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Descartar as sugestões</translation>
    </message>
    <message>
        <source>No organisation takes part as a full member or observer yet: add them on the Composition or Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda nenhuma organização participa como membro de pleno direito ou observador: adicione-as na página Composição ou Organizações.</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que verificar</translation>
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
        <translation>Sugerido a partir do Quadro 1, ainda não confirmado: prima C para confirmar.</translation>
    </message>
    <message>
        <source>Table 1 names this kind of entity for %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O Quadro 1 indica este tipo de entidade para %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>MechanismForm</name>
    <message>
        <source>The mechanism (clause 7.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O mecanismo (cláusula 7.1)</translation>
    </message>
    <message>
        <source>Secretariat contact details</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Contactos do secretariado</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Name of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nome do mecanismo</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Base jurídica</translation>
    </message>
    <message>
        <source>&amp;Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Da&amp;ta da base jurídica</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Endereç&amp;o</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tele&amp;fone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Correio eletrónico</translation>
    </message>
    <message>
        <source>e.g. National Commission for the Control of Small Arms and Light Weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ex. Comissão Nacional para o Controlo das Armas Ligeiras e de Pequeno Calibre</translation>
    </message>
    <message>
        <source>The decree, law or decision that establishes the mechanism, and any mandate given to a regional organisation or the United Nations (clause 11)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O decreto, a lei ou a decisão que estabelece o mecanismo, e qualquer mandato conferido a uma organização regional ou às Nações Unidas (cláusula 11)</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presentes</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Plenaries and working groups of the mechanism: their agenda, who was invited and who came, and their decisions, each followed by an action or an activity of the National Action Plan. Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plenários e grupos de trabalho do mecanismo: a ordem de trabalhos, quem foi convidado e quem compareceu, e as decisões, cada uma seguida de uma ação ou de uma atividade do Plano de Ação Nacional. Cada alteração é guardada à medida que a faz.</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nova reunião</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar reunião</translation>
    </message>
    <message>
        <source>Print attendance s&amp;heet…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Imprimir &amp;folha de presenças…</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exportar a&amp;ta…</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Marcar como &amp;realizada</translation>
    </message>
    <message>
        <source>Record the readiness of the mechanism as a baseline dated the day of the meeting; the minutes show it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registar a preparação do mecanismo como linha de base com a data da reunião; a ata mostra-a</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>L&amp;ocal:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data da reunião</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo de reunião</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Título da reunião</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Local</translation>
    </message>
    <message>
        <source>e.g. First ordinary session of 2026</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ex. Primeira sessão ordinária de 2026</translation>
    </message>
    <message>
        <source>A&amp;genda (F2 edits an item):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O&amp;rdem de trabalhos (F2 edita um ponto):</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ordem de trabalhos</translation>
    </message>
    <message>
        <source>A new agenda item; Enter adds it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Um novo ponto da ordem de trabalhos; Enter adiciona-o</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Novo ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adi&amp;cionar ponto</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Re&amp;mover ponto</translation>
    </message>
    <message>
        <source>Item &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Subir ponto</translation>
    </message>
    <message>
        <source>Item do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>D&amp;escer ponto</translation>
    </message>
    <message>
        <source>Participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Convidar pessoas…</translation>
    </message>
    <message>
        <source>Invite &amp;every member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidar todos os &amp;membros</translation>
    </message>
    <message>
        <source>Add a &amp;guest…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar um con&amp;vidado…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Retirar da lista</translation>
    </message>
    <message>
        <source>Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits them. People&apos;s sex is recorded on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A tecla Espaço assinala «Convidado» ou «Presente» na célula atual; Enter num convidado permite editá-lo. O sexo das pessoas é registado na página Pessoas.</translation>
    </message>
    <message>
        <source>Gender balance of those present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Equilíbrio de género dos presentes</translation>
    </message>
    <message>
        <source>Decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisões e ações de seguimento</translation>
    </message>
    <message>
        <source>The whole text of the decision or action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O texto completo da decisão ou da ação</translation>
    </message>
    <message>
        <source>Add &amp;decision…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar &amp;decisão…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Make it a &amp;plan activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Transformar em atividade do &amp;plano…</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up action…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar uma ação de &amp;seguimento…</translation>
    </message>
    <message>
        <source>No meeting is recorded yet. “New meeting” records one for today; change its date, kind and agenda, then invite its participants.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhuma reunião registada. «Nova reunião» regista uma com a data de hoje; altere a data, o tipo e a ordem de trabalhos e, depois, convide os participantes.</translation>
    </message>
    <message>
        <source>Meeting and agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunião e ordem de trabalhos</translation>
    </message>
    <message>
        <source>Attendance (%1/%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presenças (%1/%2)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisões (%1)</translation>
    </message>
    <message>
        <source>No one is marked as present yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há ninguém assinalado como presente.</translation>
    </message>
    <message>
        <source>%1 present; the sex of none of them is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 presentes; não está registado o sexo de nenhum deles.</translation>
    </message>
    <message>
        <source>within the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>dentro do intervalo de 40 a 60 por cento considerado equilibrado</translation>
    </message>
    <message>
        <source>outside the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>fora do intervalo de 40 a 60 por cento considerado equilibrado</translation>
    </message>
    <message>
        <source>far from balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>longe do equilíbrio</translation>
    </message>
    <message>
        <source>%1 present: women are %2% of those whose sex is recorded (%3 women, %4 men), %5 (7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 presentes: as mulheres são %2% daqueles cujo sexo está registado (%3 mulheres, %4 homens), %5 (7.4.1).</translation>
    </message>
    <message numerus="yes">
        <source>%n present have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n presente não tem o sexo registado.</numerusform>
            <numerusform>%n presentes não têm o sexo registado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked as held yet: marking it records the readiness at the meeting.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não marcada como realizada: marcá-la regista a preparação na reunião.</translation>
    </message>
    <message>
        <source>Held. Readiness at the meeting: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Realizada. Preparação na reunião: %1.</translation>
    </message>
    <message>
        <source>This meeting is dated %1: it can be marked as held on that day or after.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Esta reunião tem a data de %1: pode ser marcada como realizada nesse dia ou depois.</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar a reunião %1</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” with its agenda, attendance and decisions? Activities of the plan it led to stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar a reunião «%1» com a ordem de trabalhos, as presenças e as decisões? As atividades do plano que dela resultaram mantêm-se. Pode anular com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidar pessoas</translation>
    </message>
    <message>
        <source>Choose the people to invite: Ctrl or Shift with a click or the arrow keys chooses several, Ctrl+A all those shown.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escolha as pessoas a convidar: Ctrl ou Shift com um clique ou com as teclas de seta seleciona várias; Ctrl+A seleciona todas as apresentadas.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Retirar %n participante</numerusform>
            <numerusform>Retirar %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up action %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar a ação de seguimento %1</translation>
    </message>
    <message>
        <source>Delete the follow-up action “%1”? An activity of the plan it became stays. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar a ação de seguimento «%1»? A atividade do plano em que se transformou mantém-se. Pode anular com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar a decisão %1</translation>
    </message>
    <message>
        <source>Delete this decision and its follow-up actions? Activities of the plan it became stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar esta decisão e as respetivas ações de seguimento? As atividades do plano em que se transformou mantêm-se. Pode anular com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Follow-up of the decisions of the mechanism&apos;s meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Seguimento das decisões das reuniões do mecanismo</translation>
    </message>
    <message>
        <source>Make the decision an activity of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Transformar a decisão numa atividade do plano</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Integrar um pacote</translation>
    </message>
    <message>
        <source>Package from “%1” (computer %2), written %3, with %4 records.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pacote de «%1» (computador %2), escrito em %3, com %4 registos.</translation>
    </message>
    <message>
        <source>Passphrase of the package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Frase-passe do pacote</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>This package is protected. &amp;Passphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este pacote está protegido. &amp;Frase-passe:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Integrar</translation>
    </message>
    <message>
        <source>Records changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registos alterados em ambos os dossiês</translation>
    </message>
    <message>
        <source>The two versions of the record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As duas versões do registo</translation>
    </message>
    <message>
        <source>Keep all of &amp;this dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Manter todas as versões &amp;deste dossiê</translation>
    </message>
    <message>
        <source>Take all of the &amp;other dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adotar todas as versões do &amp;outro dossiê</translation>
    </message>
    <message>
        <source>These records were changed in both dossiers since they last exchanged. The newer version is chosen; to keep the other one, change “Keep” (double-click it, or press F2). The version not kept goes to the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estes registos foram alterados em ambos os dossiês desde o último intercâmbio. É escolhida a versão mais recente; para manter a outra, altere «Manter» (faça duplo clique ou prima F2). A versão não mantida vai para o histórico de integrações.</translation>
    </message>
    <message>
        <source>Versions set aside by this merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versões postas de parte por esta integração</translation>
    </message>
    <message>
        <source>Show the &amp;merge history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mostrar o &amp;histórico de integrações…</translation>
    </message>
    <message>
        <source>The merge was cancelled; the dossier was not changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A integração foi cancelada; o dossiê não foi alterado.</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Foi feita primeiro uma cópia de segurança do dossiê: %1</translation>
    </message>
    <message>
        <source>The versions below were set aside; the merge history keeps them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As versões abaixo foram postas de parte; o histórico de integrações conserva-as.</translation>
    </message>
    <message>
        <source>This dossier already holds everything in the package: merging it changes nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este dossiê já contém tudo o que o pacote contém: a integração não altera nada.</translation>
    </message>
    <message>
        <source>To add: %1. To update: %2. To delete: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A adicionar: %1. A atualizar: %2. A eliminar: %3. Alterados em ambos os dossiês: %4.</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionados: %1. Atualizados: %2. Eliminados: %3. Alterados em ambos os dossiês: %4.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2 adicionados, %3 atualizados, %4 eliminados</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este dossiê</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O outro dossiê</translation>
    </message>
</context>
<context>
    <name>MergeEntryModel</name>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versão posta de parte</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Histórico de integrações</translation>
    </message>
    <message>
        <source>Search by record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pesquisar por registo</translation>
    </message>
    <message>
        <source>Search the merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pesquisar no histórico de integrações</translation>
    </message>
    <message>
        <source>Versions set aside by merges</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versões postas de parte por integrações</translation>
    </message>
    <message>
        <source>The version set aside and the record now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A versão posta de parte e o registo atual</translation>
    </message>
    <message>
        <source>No merge has set any version aside.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma integração pôs de parte qualquer versão.</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versão posta de parte</translation>
    </message>
    <message>
        <source>In the dossier now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atualmente no dossiê</translation>
    </message>
    <message>
        <source>No longer in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Já não está no dossiê</translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Merged</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Integrado em</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Version from</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versão de</translation>
    </message>
    <message>
        <source>Other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outro dossiê</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Função</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qualidade de membro</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data da base jurídica</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data de adesão</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Date designated</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data de designação</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Referência jurídica</translation>
    </message>
    <message>
        <source>Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Conhecida como</translation>
    </message>
    <message>
        <source>Technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organismo técnico de planeamento e coordenação</translation>
    </message>
    <message>
        <source>How</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Como</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Date notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data de notificação</translation>
    </message>
    <message>
        <source>Date last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data da última confirmação</translation>
    </message>
    <message>
        <source>Notification period (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prazo de notificação (meses)</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Última realização</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Existe no Estado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fonte de financiamento</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsabilidade</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Comprovativo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposição</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização responsável</translation>
    </message>
    <message>
        <source>Row</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Start of mandate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Início do mandato</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Título do plano</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Início do período</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data de adoção</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Clause or instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula ou instrumento</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Doador</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Meios de verificação</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sugestão</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data da reunião</translation>
    </message>
    <message>
        <source>Date of the baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data da linha de base</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Título da reunião</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Local</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo de reunião</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <source>Name of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome do convidado</translation>
    </message>
    <message>
        <source>Organisation of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização do convidado</translation>
    </message>
    <message>
        <source>Participant</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ação de seguimento</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 não pode ficar vazio.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address (expected name@example.org).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» não é um endereço de correio eletrónico (esperado nome@exemplo.org).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» não é um número de telefone (algarismos, espaços, +, - e parênteses; 6 a 20 algarismos).</translation>
    </message>
    <message>
        <source>%1 is too long: at most %3 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 é demasiado longo: no máximo %3 caracteres.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the allowed values.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» não é um dos valores permitidos.</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: a data %2 é futura.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 não pode ser negativo.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» não é um número.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 tem de ser um número inteiro de 1 a %3.</translation>
    </message>
    <message>
        <source>%1 is too large: at most %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 é demasiado grande: no máximo %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» não é um código de moeda de três letras (como USD, EUR ou XOF).</translation>
    </message>
    <message>
        <source>%1: “%2” is already recorded; nothing was added.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» já está registado; nada foi adicionado.</translation>
    </message>
    <message>
        <source>%1: “%2” already leads this area, and an area has one lead so that roles are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» já é responsável por esta área, e cada área tem um único responsável para que as funções não sejam duplicadas (7.3.2 d). Passe primeiro «%2» para apoio ou escolha aqui Apoio.</translation>
    </message>
    <message>
        <source>%1: this category cannot be marked as not present in this State while it has organisations in the mechanism (%2). Change their membership first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: esta categoria não pode ser assinalada como inexistente neste Estado enquanto tiver organizações no mecanismo (%2). Altere primeiro a qualidade de membro destas.</translation>
    </message>
    <message>
        <source>%1: more values than the file has columns (“%2”). A separator inside a value may have been left without quotation marks.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: mais valores do que as colunas do ficheiro («%2»). Um separador dentro de um valor pode ter ficado sem aspas.</translation>
    </message>
    <message>
        <source>%1 comes before the start: an end must be on or after its start.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 é anterior ao início: o fim tem de ser igual ou posterior ao início.</translation>
    </message>
    <message>
        <source>%1: a cost of %2 is given, yet the activity is marked as costing nothing. Clear the cost, or untick “No cost”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: está indicado um custo de %2, mas a atividade está assinalada como sem custo. Apague o custo ou desmarque «Sem custo».</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist. Choose another folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não é possível escrever %1: a sua pasta não existe. Escolha outra pasta. Nada foi escrito.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder is read-only. Choose another folder, for example your Documents folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não é possível escrever %1: a sua pasta é só de leitura. Escolha outra pasta, por exemplo a pasta Documentos. Nada foi escrito.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name, such as roster.pdf. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 é uma pasta. Indique um nome de ficheiro, como lista.pdf. Nada foi escrito.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the disk has room and is still connected, then try again. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível escrever %1 (%2). Verifique se o disco tem espaço e continua ligado e tente de novo. Nada foi escrito.</translation>
    </message>
    <message>
        <source>%1 could not be read as a member list: it is neither a CSV file nor an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível ler %1 como lista de membros: não é um ficheiro CSV nem um livro do Excel (.xlsx), ou está danificado. Nada foi importado.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está vazio: não há nada a importar.</translation>
    </message>
    <message>
        <source>%1 could not be read: the quotation mark of a value that starts on line %2 is never closed, or is followed by more text. Correct the file, or save it again from the spreadsheet program. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível ler %1: as aspas de um valor que começa na linha %2 nunca são fechadas, ou são seguidas de mais texto. Corrija o ficheiro ou guarde-o de novo a partir do programa de folha de cálculo. Nada foi importado.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 é um livro do Excel 97-2003 (.xls). Guarde-o como livro do Excel (.xlsx) ou como CSV e importe esse ficheiro.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop exchange package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 não é um pacote de intercâmbio do NCM Desktop. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is incomplete: its copy was probably interrupted. Copy the package again from where it came from. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está incompleto: a sua cópia foi provavelmente interrompida. Copie de novo o pacote a partir da origem. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: its contents do not match their checksum. Ask for a new package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está danificado ou foi alterado depois de ter sido escrito: o seu conteúdo não corresponde à soma de verificação. Peça um novo pacote. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 foi escrito por uma versão mais recente do NCM Desktop. Instale essa versão para o integrar. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 comes from a dossier of a newer version of NCM Desktop (schema %2). Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 provém de um dossiê de uma versão mais recente do NCM Desktop (esquema %2). Instale essa versão para o integrar. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Give its passphrase to open it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está protegido por uma frase-passe. Indique a frase-passe para o abrir.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (capital letters count) and try again. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A frase-passe não abre %1. Verifique-a (as maiúsculas contam) e tente de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its contents do not fit this version of NCM Desktop (%2). Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não é possível integrar %1: o seu conteúdo não é compatível com esta versão do NCM Desktop (%2). Nada foi alterado.</translation>
    </message>
    <message>
        <source>Name the meeting with --meeting, by its date (YYYY-MM-DD) or its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Indique a reunião com --meeting, pela data (AAAA-MM-DD) ou pelo identificador.</translation>
    </message>
    <message>
        <source>No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma reunião corresponde a «%1». Indique-a pela data (AAAA-MM-DD) ou pelos primeiros caracteres do identificador.</translation>
    </message>
    <message>
        <source>%2 meetings were held on %1: name one by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Realizaram-se %2 reuniões em %1: indique uma pelos primeiros caracteres do identificador.</translation>
    </message>
    <message>
        <source>%1 cannot be written in that format: this hand-out is made as %2 only. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não é possível escrever %1 nesse formato: este documento só é produzido em %2. Nada foi escrito.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível ler ou escrever o ficheiro %1: %2</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2 on %3, since %4), which is no longer running. Run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 foi deixado bloqueado pelo NCM Desktop (%2 em %3, desde %4), que já não está em execução. Execute de novo o comando com --force para assumir o bloqueio.</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2 on %3, since %4). Close it there first. If that computer no longer uses it (it stopped, or the drive was removed from it), run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está aberto no NCM Desktop noutro computador (%2 em %3, desde %4). Feche-o primeiro lá. Se esse computador já não o estiver a utilizar (terminou, ou a unidade foi retirada dele), execute de novo o comando com --force para assumir o bloqueio.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only one program can change a dossier at a time: close it there first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está aberto noutra instância do NCM Desktop (%2 em %3, desde %4). Só um programa de cada vez pode alterar um dossiê: feche-o primeiro lá.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved: look at their version, then make your change again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outra pessoa guardou este registo depois de o ter aberto. Nada do que escreveu foi guardado: veja a versão dela e volte a fazer a alteração.</translation>
    </message>
    <message>
        <source>The server of %1 does not answer (%2). Check the address and the office network, or ask the IT officer whether the server is running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O servidor de %1 não responde (%2). Verifique o endereço e a rede do escritório, ou pergunte ao responsável informático se o servidor está a funcionar.</translation>
    </message>
    <message>
        <source>The server of %1 refused the user name or the password. Check them and try again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O servidor de %1 recusou o nome de utilizador ou a palavra-passe. Verifique-os e tente de novo.</translation>
    </message>
    <message>
        <source>%1 holds no NCM Desktop dossier (%2). The IT officer creates one with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 não contém nenhum dossiê do NCM Desktop (%2). O responsável informático cria um com ncm-desktop server init.</translation>
    </message>
    <message>
        <source>The server dossier %1 already holds a dossier: nothing was uploaded. Merge into it with an exchange package instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O dossiê do servidor %1 já contém um dossiê: nada foi enviado. Integre nele um pacote de intercâmbio em vez disso.</translation>
    </message>
    <message>
        <source>The server dossier %1 was made by an older version of NCM Desktop. Ask the IT officer to upgrade it with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O dossiê do servidor %1 foi criado por uma versão anterior do NCM Desktop. Peça ao responsável informático que o atualize com ncm-desktop server init.</translation>
    </message>
    <message>
        <source>You may not do that on the server dossier %1. Ask its owner for the role you need.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não pode fazer isso no dossiê do servidor %1. Peça ao seu proprietário a função de que precisa.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2). The change under way was not saved; nothing was half-saved.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Perdeu-se a ligação ao servidor de %1 (%2). A alteração em curso não foi guardada; nada ficou guardado a meio.</translation>
    </message>
    <message>
        <source>There is no dossier at %1. It may have been moved, renamed or deleted, or its USB stick removed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não existe nenhum dossiê em %1. Pode ter sido movido, renomeado ou eliminado, ou a pen USB pode ter sido retirada.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a dossier. Open a backup instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 é um ficheiro vazio, não um dossiê. Abra antes uma cópia de segurança.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop dossier. Nothing was changed in it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 não é um dossiê do NCM Desktop. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to open it; the file was left untouched.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 foi escrito por uma versão mais recente do NCM Desktop. Instale essa versão para o abrir; o ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está danificado (%2). Restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to this version of NCM Desktop (%2). It was left exactly as it was; a backup of it is at %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível atualizar %1 para esta versão do NCM Desktop (%2). Foi deixado exatamente como estava; existe uma cópia de segurança em %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it was not closed properly and its folder is read-only. Open it where it was last used, or copy it to a folder you can write to.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não é possível ler %1 aqui: não foi fechado corretamente e a sua pasta é só de leitura. Abra-o onde foi utilizado pela última vez, ou copie-o para uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Choose another folder, or copy the dossier to this computer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não é possível escrever em %1: o ficheiro ou a sua pasta é só de leitura. Escolha outra pasta ou copie o dossiê para este computador.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Local</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ordem de trabalhos</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi registada nenhuma ordem de trabalhos.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>Women are %1 of those present whose sex is recorded (%2 women, %3 men). The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As mulheres representam %1 dos presentes cujo sexo está registado (%2 mulheres, %3 homens). O mecanismo procura alcançar o equilíbrio de género (MOSAIC 03.40, 7.4.1).</translation>
    </message>
    <message>
        <source>The sex of none of those present is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registado o sexo de nenhum dos presentes.</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Invited, not present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidados, não presentes</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>convidado</translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisões e seguimento</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi registada nenhuma decisão.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisão %1</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ação de seguimento</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Activity of the National Action Plan: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividade do Plano de Ação Nacional: %1</translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma ação de seguimento registada.</translation>
    </message>
    <message>
        <source>Readiness at this meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparação nesta reunião</translation>
    </message>
    <message>
        <source>Readiness score against MOSAIC 03.40 when the meeting was held: %1. Categories of 7.4 represented: %2 of %3; women among the representatives: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação de preparação face à MOSAIC 03.40 quando a reunião se realizou: %1. Categorias de 7.4 representadas: %2 de %3; mulheres entre os representantes: %4.</translation>
    </message>
    <message>
        <source>The meeting has not been marked as held, so no readiness was recorded for it (Meetings page, Mark as held).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A reunião não foi marcada como realizada, pelo que não foi registada a sua preparação (página Reuniões, Marcar como realizada).</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Approved at the meeting of: ____________________   Signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aprovada na reunião de: ____________________   Assinatura do(a) Presidente: ____________________</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present: %1 invited and %2 not invited; %3 invited but not present.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n pessoa presente: %1 convidadas e %2 não convidadas; %3 convidadas mas não presentes.</numerusform>
            <numerusform>%n pessoas presentes: %1 convidadas e %2 não convidadas; %3 convidadas mas não presentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>not asked</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>não pedido</translation>
    </message>
    <message>
        <source>Monitoring area (7.3.2 a)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Domínio de monitorização (7.3.2 a)</translation>
    </message>
    <message>
        <source>Data available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dados disponíveis</translation>
    </message>
    <message>
        <source>Disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desagregados por sexo</translation>
    </message>
    <message>
        <source>Source, and who assesses it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fonte, e quem a avalia</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar um objetivo</translation>
    </message>
    <message>
        <source>e.g. Complete the composition of the National Commission</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ex. Completar a composição da Comissão Nacional</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Answers (clause or instrument)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Responde a (cláusula ou instrumento)</translation>
    </message>
</context>
<context>
    <name>OrganisationCategoryModel</name>
    <message>
        <source>Organisation</source>
        <extracomment>Where the organisation first comes in the list. Emitted when the user changes a category.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoria (7.4)</translation>
    </message>
    <message>
        <source>How the category was chosen</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Como a categoria foi escolhida</translation>
    </message>
    <message>
        <source>Already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Já existe no dossiê</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escolhida por si</translation>
    </message>
    <message>
        <source>Your correction at an earlier import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A sua correção numa importação anterior</translation>
    </message>
    <message>
        <source>Unsure: no portfolio in the name, check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Incerta: o nome não indica nenhuma pasta, verifique-a</translation>
    </message>
    <message>
        <source>Unsure, from the word “%1”: check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Incerta, deduzida a partir da palavra «%1»: verifique-a</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Deduzida a partir da palavra «%1»</translation>
    </message>
    <message>
        <source>No guess: choose one</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem dedução: escolha uma</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar organização</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar uma organização</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sem categoria)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sigla</translation>
    </message>
    <message>
        <source>&amp;Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Categoria (7.4)</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Qualidade de membro</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Ministries, government bodies, civil society, industry and international bodies in the mechanism, each with its category of clause 7.4 and its membership.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ministérios, organismos públicos, sociedade civil, indústria e organismos internacionais do mecanismo, cada um com a sua categoria da cláusula 7.4 e a sua qualidade de membro.</translation>
    </message>
    <message>
        <source>Search by name, acronym or category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pesquisar por nome, sigla ou categoria</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pesquisar organizações</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhuma organização registada. Adicione a primeira com «Adicionar organização» (tecla Insert).</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Adicionar organização</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Procurar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Eliminar %1 e o seu %n representante? Pode anular com Ctrl+Z.</numerusform>
            <numerusform>Eliminar %1 e os seus %n representantes? Pode anular com Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Eliminar %n organização</numerusform>
            <numerusform>Eliminar %n organizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 organisations and their %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Eliminar estas %1 organizações e o seu %n representante? Pode anular com Ctrl+Z.</numerusform>
            <numerusform>Eliminar estas %1 organizações e os seus %n representantes? Pode anular com Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n organização</numerusform>
            <numerusform>%n organizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 de %n organização corresponde à pesquisa</numerusform>
            <numerusform>%1 de %n organizações correspondem à pesquisa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoria (7.4)</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qualidade de membro</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Representantes</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export a package</source>
        <extracomment>The shortest passphrase accepted: long enough to resist guessing offline.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exportar um pacote</translation>
    </message>
    <message>
        <source>A package carries this dossier to another computer, where it can be merged into a dossier with File &gt; Exchange &gt; Merge package. It holds the names, phones and emails of the members: protect it with a passphrase, and give the passphrase separately (not on the same USB stick).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Um pacote leva este dossiê para outro computador, onde pode ser integrado num dossiê com Ficheiro &gt; Intercâmbio &gt; Integrar pacote. Contém os nomes, telefones e endereços de correio eletrónico dos membros: proteja-o com uma frase-passe e transmita a frase-passe separadamente (não na mesma pen USB).</translation>
    </message>
    <message>
        <source>Package file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ficheiro do pacote</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>&amp;Protect the package with a passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Proteger o pacote com uma frase-passe</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Frase-passe (repetição)</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ficheiro do pacote:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fra&amp;se-passe:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Confir&amp;mar:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escolha onde escrever o pacote.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A frase-passe tem de ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As duas frases-passe são diferentes. Escreva-a de novo.</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pacotes do NCM Desktop (*.ncmx)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>``tick(participant id, invited, attended)``: store a tick; True when stored.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presente</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (convidado)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Os representantes das organizações membros (7.4), titulares e suplentes. O seu sexo é registado para que o equilíbrio de género (7.4.1) seja medido e não suposto.</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pesquisar por nome, organização, cargo ou correio eletrónico</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pesquisar pessoas</translation>
    </message>
    <message>
        <source>No one is recorded yet. Add the first representative with “Add person” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há ninguém registado. Adicione o primeiro representante com «Adicionar pessoa» (tecla Insert).</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Adicionar pessoa</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Procurar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Delete %1 from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar %1 do dossiê? Pode anular com Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Eliminar %n pessoa</numerusform>
            <numerusform>Eliminar %n pessoas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Eliminar esta %n pessoa do dossiê? Pode anular com Ctrl+Z.</numerusform>
            <numerusform>Eliminar estas %n pessoas do dossiê? Pode anular com Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 de %n pessoa corresponde à pesquisa</numerusform>
            <numerusform>%1 de %n pessoas correspondem à pesquisa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Função</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correio eletrónico</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar pessoa</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sem organização)</translation>
    </message>
    <message>
        <source>e.g. +221 33 889 12 00</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ex. +221 33 889 12 00</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>nome@ministerio.gov</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nome completo</translation>
    </message>
    <message>
        <source>&amp;Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Cargo ou função</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Correio eletrónico</translation>
    </message>
    <message>
        <source>&amp;Mandate since</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Mandato desde</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <extracomment>The version edited here: a save is refused if someone else saved since.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: a dela «%2», a sua «%3»</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outra pessoa alterou esta pessoa</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Manter a &amp;versão dela</translation>
    </message>
    <message>
        <source>Save &amp;my version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar a &amp;minha versão</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Designate a Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designar um Ponto de Contacto</translation>
    </message>
    <message>
        <source>Choose the person designated as National Point of Contact. Someone not in the dossier yet is added first on the People page, or with “Add a new person”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escolha a pessoa designada como Ponto de Contacto Nacional. Quem ainda não constar do dossiê é adicionado primeiro na página Pessoas, ou com «Adicionar uma nova pessoa».</translation>
    </message>
    <message>
        <source>Search by name, organisation or title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pesquisar por nome, organização ou cargo</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pesquisar pessoas</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Invite the ministry responsible for %1 to join the mechanism</source>
        <extracomment>Languages whose letters have no case: names are put into sentences as they are.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidar o ministério responsável pela área de %1 a integrar o mecanismo</translation>
    </message>
    <message>
        <source>Invite to the mechanism: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidar para o mecanismo: %1</translation>
    </message>
    <message>
        <source>Invite representatives of %1 to join the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convidar representantes da categoria «%1» a integrar o mecanismo</translation>
    </message>
    <message>
        <source>Designate a National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designar um Ponto de Contacto Nacional para o %1</translation>
    </message>
    <message>
        <source>Notify the %1 of the National Point of Contact for the %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Comunicar ao %1 o Ponto de Contacto Nacional para o %2</translation>
    </message>
    <message>
        <source>Designate the host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designar a entidade de acolhimento da Autoridade Nacional</translation>
    </message>
    <message>
        <source>Put in place the role of the National Authority set out in %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Assegurar o papel da Autoridade Nacional previsto em %1</translation>
    </message>
    <message>
        <source>Arrange regular coordination between the National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizar uma coordenação regular entre os Pontos de Contacto Nacionais</translation>
    </message>
    <message>
        <source>Strengthen the profile of the National Points of Contact (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reforçar o perfil dos Pontos de Contacto Nacionais (%1)</translation>
    </message>
    <message>
        <source>Complete the formal establishment of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Concluir o estabelecimento formal do mecanismo</translation>
    </message>
    <message>
        <source>Collect and assess data on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recolher e avaliar dados sobre %1</translation>
    </message>
    <message>
        <source>Collect and assess data on %1, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recolher e avaliar dados sobre %1, desagregados por sexo</translation>
    </message>
    <message>
        <source>Designate the lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designar a entidade governamental responsável pela área de %1</translation>
    </message>
    <message>
        <source>Agree on a single lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Acordar uma única entidade governamental responsável pela área de %1</translation>
    </message>
    <message>
        <source>Seek a balance of women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Procurar um equilíbrio entre mulheres e homens entre os representantes</translation>
    </message>
    <message>
        <source>Provide the mechanism with %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dotar o mecanismo de %1</translation>
    </message>
    <message>
        <source>Close the gap on %1 of MOSAIC 03.40</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Colmatar a lacuna relativa a %1 da MOSAIC 03.40</translation>
    </message>
    <message>
        <source>The organisation has named its representatives to the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A organização nomeou os seus representantes no mecanismo</translation>
    </message>
    <message>
        <source>A National Point of Contact is designated for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Está designado um Ponto de Contacto Nacional para o %1</translation>
    </message>
    <message>
        <source>The %1 has acknowledged the notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O %1 acusou a receção da notificação</translation>
    </message>
    <message>
        <source>The host entity is designated by a legal act</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A entidade de acolhimento é designada por um ato jurídico</translation>
    </message>
    <message>
        <source>Coordination meetings held as scheduled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reuniões de coordenação realizadas conforme previsto</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dados sobre %1 disponíveis e avaliados</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dados sobre %1 disponíveis e avaliados, desagregados por sexo</translation>
    </message>
    <message>
        <source>One lead entity confirmed for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Uma única entidade responsável confirmada para a área de %1</translation>
    </message>
    <message>
        <source>Women are 40 to 60 per cent of the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As mulheres representam 40 a 60 por cento dos representantes</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recurso assegurado: %1</translation>
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
        <translation>Doador: %1</translation>
    </message>
    <message>
        <source>Donor not named</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Doador não indicado</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Objective %1</source>
        <extracomment>Each objective&apos;s cost in the main currency: funded, and not funded yet.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custos por objetivo em %1, financiados e ainda sem financiamento</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiado (orçamento nacional ou doador)</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda sem financiamento</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plano de Ação Nacional</translation>
    </message>
    <message>
        <source>The plan&apos;s objectives, each answering a clause or instrument of the standard, and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or after; activities can be dragged too.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Os objetivos do plano, cada um respondendo a uma cláusula ou a um instrumento da norma, e as respetivas atividades (cláusula 10, 7.3.2 e). Enter ou F2 edita, Insert adiciona uma atividade, Ctrl+Cima e Ctrl+Baixo movem-na, inclusive para o objetivo anterior ou seguinte; as atividades também podem ser arrastadas.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O plano</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Período de:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>a&amp;té:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Adopted o&amp;n:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A&amp;dotado em:</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Título do plano</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Início do período</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado do plano</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Data de adoção</translation>
    </message>
    <message>
        <source>Objectives and activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivos e atividades</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Novo ob&amp;jetivo…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nova &amp;atividade…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mover para ci&amp;ma</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mo&amp;ver para…</translation>
    </message>
    <message>
        <source>Move the activity to another objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mover a atividade para outro objetivo</translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;xportar o plano…</translation>
    </message>
    <message>
        <source>Activities suggested by the gaps of the Readiness page, most important first. Accept one as it is, edit it first, or dismiss it: it is not proposed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividades sugeridas pelas lacunas da página Preparação, das mais importantes para as menos importantes. Aceite uma tal como está, edite-a primeiro ou ignore-a: não voltará a ser proposta.</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividades sugeridas</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aceita&amp;r</translation>
    </message>
    <message>
        <source>Edit and acce&amp;pt…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar e ace&amp;itar…</translation>
    </message>
    <message>
        <source>Show &amp;dismissed suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>M&amp;ostrar sugestões ignoradas</translation>
    </message>
    <message>
        <source>Before the plan is tabled, every activity needs a lead that is a member of the mechanism, dates within the plan&apos;s period, a cost (or “No cost”) and an indicator. Press Enter on a point to open its activity.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de o plano ser apresentado, cada atividade precisa de um responsável que seja membro do mecanismo, de datas dentro do período do plano, de um custo (ou «Sem custo») e de um indicador. Prima Enter num ponto para abrir a respetiva atividade.</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Verificação de qualidade</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custos estimados</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n atividade assinalada como sem custo.</numerusform>
            <numerusform>%n atividades assinaladas como sem custo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n atividade ainda sem custo estimado, excluída dos totais.</numerusform>
            <numerusform>%n atividades ainda sem custo estimado, excluídas dos totais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in different currencies are never converted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Os montantes em moedas diferentes nunca são convertidos.</translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Su&amp;gestões (%1)</translation>
    </message>
    <message>
        <source>&amp;Quality check (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Verificação de &amp;qualidade (%1)</translation>
    </message>
    <message>
        <source>Cost&amp;s</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Custos</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reco&amp;nsiderar</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ig&amp;norar</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar a atividade %1</translation>
    </message>
    <message>
        <source>Delete the activity “%1”? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar a atividade «%1»? Pode anular com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar o objetivo %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective “%1” and its %n activity(ies)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Eliminar o objetivo «%1» e a sua %n atividade? Pode anular com Ctrl+Z.</numerusform>
            <numerusform>Eliminar o objetivo «%1» e as suas %n atividades? Pode anular com Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aceitar uma atividade sugerida</translation>
    </message>
</context>
<context>
    <name>PlanQuality</name>
    <message>
        <source>The plan has no period yet: give the dates it starts and ends.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O plano ainda não tem período: indique as datas de início e de fim.</translation>
    </message>
    <message>
        <source>No lead organisation.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem organização responsável.</translation>
    </message>
    <message>
        <source>The lead, %1, is not a member or observer of the mechanism (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O responsável, %1, não é membro nem observador do mecanismo (%2).</translation>
    </message>
    <message>
        <source>No start or no end date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem data de início ou de fim.</translation>
    </message>
    <message>
        <source>Ends on %2, before it starts (%1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Termina em %2, antes de começar (%1).</translation>
    </message>
    <message>
        <source>Starts on %1, before the plan&apos;s period begins (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Começa em %1, antes do início do período do plano (%2).</translation>
    </message>
    <message>
        <source>Ends on %1, after the plan&apos;s period ends (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Termina em %1, depois do fim do período do plano (%2).</translation>
    </message>
    <message>
        <source>No estimated cost, and not marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem custo estimado, e não assinalada como sem custo.</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem indicador.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <extracomment>``mover(activity id, objective id, position)``: put an activity there; True when done.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivo / atividade</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem custo</translation>
    </message>
</context>
<context>
    <name>PoaSection1</name>
    <message>
        <source>Pre-filled from the dossier on %1 for the national report on the implementation of the %2 and of the %3. Check every answer before copying it into the report.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pré-preenchido a partir do dossiê em %1 para o relatório nacional sobre a execução do %2 e do %3. Verifique cada resposta antes de a copiar para o relatório.</translation>
    </message>
    <message>
        <source>Does the State have a national coordination agency, body or mechanism on small arms and light weapons?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O Estado dispõe de uma agência, organismo ou mecanismo nacional de coordenação em matéria de armas ligeiras e de pequeno calibre?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não</translation>
    </message>
    <message>
        <source>No (no coordinating mechanism is recorded in the dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não (não está registado nenhum mecanismo de coordenação no dossiê)</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organismo nacional de coordenação</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Established by</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Criado por</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Composition of the body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composição do organismo</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Homens</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo não registado</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membros titulares</translation>
    </message>
    <message>
        <source>Alternates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Suplentes</translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todos os representantes</translation>
    </message>
    <message>
        <source>National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ponto de Contacto Nacional para o %1</translation>
    </message>
    <message>
        <source>No National Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não está registado nenhum Ponto de Contacto Nacional para o %1.</translation>
    </message>
    <message>
        <source>Is the National Point of Contact for the %1 also the National Point of Contact for the %2?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O Ponto de Contacto Nacional para o %1 é também o Ponto de Contacto Nacional para o %2?</translation>
    </message>
    <message>
        <source>No: no Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não: não está registado nenhum Ponto de Contacto para o %1.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>não registado</translation>
    </message>
    <message numerus="yes">
        <source>Representatives of the %n full-member organisation(s); observers and invited bodies are not counted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Representantes da %n organização membro de pleno direito; os observadores e os organismos convidados não são contabilizados.</numerusform>
            <numerusform>Representantes das %n organizações membros de pleno direito; os observadores e os organismos convidados não são contabilizados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Recorded with the changes you make, so that colleagues who share a dossier know who changed what.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registado com as alterações que fizer, para que os colegas que partilham um dossiê saibam quem alterou o quê.</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O seu &amp;nome</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Provision</source>
        <extracomment>A sign before the change, so that it reads without colour too.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposição</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Então</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mudança</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Point to settle</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ponto a resolver</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O plano</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness</source>
        <extracomment>Every table whose change can move a finding.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>Every provision of MOSAIC 03.40, decided from the records where they can decide it, otherwise answered by hand. Gaps come most important first: &apos;shall&apos; before &apos;should&apos;, high priority before lower. &apos;May&apos; and &apos;can&apos; provisions are options: they are listed, but not counted in the score. Press Enter on a gap to open the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todas as disposições da MOSAIC 03.40, decididas a partir dos registos quando estes o permitem e, caso contrário, respondidas manualmente. As lacunas aparecem das mais importantes para as menos importantes: «deve» antes de «deveria», prioridade alta antes das inferiores. As disposições «pode» e «possibilidade» são opções: são listadas, mas não contam para a pontuação. Prima Enter numa lacuna para abrir a página onde pode ser resolvida.</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação por cláusula</translation>
    </message>
    <message>
        <source>Score by priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação por prioridade</translation>
    </message>
    <message>
        <source>Record a &amp;baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registar uma &amp;linha de base</translation>
    </message>
    <message>
        <source>Keep today&apos;s readiness in the dossier, to see progress at the next baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar no dossiê a preparação de hoje, para ver o progresso na próxima linha de base</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Tabela</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Progresso</translation>
    </message>
    <message>
        <source>Changes since the previous baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mudanças desde a linha de base anterior</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacunas, das mais importantes para as menos importantes</translation>
    </message>
    <message>
        <source>Options the standard offers (may, can)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Opções que a norma oferece (pode, possibilidade)</translation>
    </message>
    <message>
        <source>Every provision, in the standard&apos;s order</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todas as disposições, pela ordem da norma</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>&amp;Open the page that fixes this</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A&amp;brir a página onde isto se resolve</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Resposta:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Comprovativo:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Comprovativo</translation>
    </message>
    <message>
        <source>A line of evidence: a document, a decision, a date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Uma linha de comprovativo: um documento, uma decisão, uma data</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ainda sem resposta)</translation>
    </message>
    <message>
        <source>%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 satisfeitas, %2 em parte, %3 não satisfeitas, %4 por responder, de %5 disposições que contam</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outras disposições</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Overall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Global</translation>
    </message>
    <message>
        <source>Score by date, overall and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação por data, global e por cláusula</translation>
    </message>
    <message>
        <source>No baseline recorded before today. Record one now, and at the next one this tab shows what changed: newly met, slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma linha de base registada antes de hoje. Registe uma agora e, na seguinte, este separador mostrará o que mudou: recém-satisfeito, recuou.</translation>
    </message>
    <message>
        <source>Since the baseline of %1: score %2 then, %3 now; %4 newly met, %5 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desde a linha de base de %1: pontuação %2 então, %3 agora; %4 recém-satisfeitas, %5 recuaram.</translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n disposição</numerusform>
            <numerusform>%n disposições</numerusform>
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
        <translation>Próximo passo: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>As recorded on %1, against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Situação registada em %1, em relação à %2 (catálogo %3)</translation>
    </message>
    <message>
        <source>Every provision of the standard is decided from the records where they can decide it, otherwise answered by hand with a line of evidence. Met counts whole, partly met half. The standard is voluntary guidance: gaps are steps still to take, not failings.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada disposição da norma é decidida a partir dos registos quando estes o permitem e, caso contrário, respondida manualmente com uma linha de comprovativo. Uma disposição satisfeita conta por inteiro e uma parcialmente satisfeita conta metade. A norma é uma orientação voluntária: as lacunas são passos ainda por dar, não falhas.</translation>
    </message>
    <message>
        <source>Readiness score: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação de preparação: %1</translation>
    </message>
    <message>
        <source>Readiness score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação de preparação: ainda nada a pontuar</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 provisions that count; %6 do not apply.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 satisfeitas, %2 parcialmente satisfeitas, %3 não satisfeitas e %4 ainda sem resposta, de %5 disposições que contam; %6 não se aplicam.</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação por cláusula</translation>
    </message>
    <message>
        <source>Score by priority of the functions (7.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação por prioridade das funções (7.3)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Outras disposições</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Satisfeitas</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Em parte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não satisfeitas</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por responder</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacunas, das mais importantes para as menos importantes</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; before &apos;should&apos;, high priority before lower, then in the standard&apos;s order.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>«Deve» antes de «deveria», prioridade alta antes das inferiores e, depois, pela ordem da norma.</translation>
    </message>
    <message>
        <source>No gaps: every provision that counts is met.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem lacunas: todas as disposições que contam estão satisfeitas.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposição</translation>
    </message>
    <message>
        <source>What the records show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que os registos mostram</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;): not counted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Opções que a norma oferece («pode», «possibilidade»): não contabilizadas</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula %1</translation>
    </message>
    <message>
        <source>Progress since the last baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progresso desde a última linha de base</translation>
    </message>
    <message>
        <source>No baseline was recorded before today. A baseline keeps the readiness of its date (Record a baseline on the Readiness page, or mark a meeting as held), so that the next report shows the progress made since.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma linha de base foi registada antes de hoje. Uma linha de base guarda a preparação da sua data (Registar uma linha de base na página Preparação, ou marcar uma reunião como realizada), para que o próximo relatório mostre o progresso alcançado desde então.</translation>
    </message>
    <message>
        <source>Since the baseline of %1 the score went from %2 to %3: %4 provisions newly met, %5 closer to met, %6 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desde a linha de base de %1, a pontuação passou de %2 para %3: %4 disposições recém-satisfeitas, %5 mais perto de serem satisfeitas, %6 recuaram.</translation>
    </message>
    <message>
        <source>Categories of 7.4 represented: %1 of %2 then, %3 of %4 now. Women among the representatives: %5 then, %6 now.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categorias de 7.4 representadas: %1 de %2 então, %3 de %4 agora. Mulheres entre os representantes: %5 então, %6 agora.</translation>
    </message>
    <message>
        <source>Score by date, overall (thick line) and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação por data, global (linha grossa) e por cláusula</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Então</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>No provision changed status since then.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhuma disposição mudou de estado desde então.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Histórico deste registo</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>``tr(text, n=-1)``: a hand-out&apos;s labels in its language, for one translation context. Values of the dossier setting ``paper_size`` and the page size each gives.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Gerado em %1 pelo NCM Desktop</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>RASCUNHO</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>National coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mecanismo nacional de coordenação</translation>
    </message>
    <message>
        <source>Membership roster</source>
        <extracomment>File formats by extension; a hand-out is PDF unless its kind offers an editable copy.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lista de membros</translation>
    </message>
    <message>
        <source>Members of the national coordinating mechanism, grouped by the categories of MOSAIC 03.40, 7.4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membros do mecanismo nacional de coordenação, agrupados pelas categorias da MOSAIC 03.40, 7.4</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Folha de presenças</translation>
    </message>
    <message>
        <source>Attendance sheet for a meeting of the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Folha de presenças de uma reunião do mecanismo nacional de coordenação</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ata de uma reunião</translation>
    </message>
    <message>
        <source>Minutes of a meeting of the national coordinating mechanism: attendance, decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ata de uma reunião do mecanismo nacional de coordenação: presenças, decisões e ações de seguimento</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Relatório de preparação</translation>
    </message>
    <message>
        <source>Readiness of the national coordinating mechanism against MOSAIC 03.40: score, gaps and next steps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparação do mecanismo nacional de coordenação em relação à MOSAIC 03.40: pontuação, lacunas e próximos passos</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plano de Ação Nacional</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons: objectives, activities, costs and timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plano de Ação Nacional sobre armas ligeiras e de pequeno calibre: objetivos, atividades, custos e calendário</translation>
    </message>
    <message>
        <source>Point of Contact notification letters</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cartas de notificação dos Pontos de Contacto</translation>
    </message>
    <message>
        <source>Notification of the National Points of Contact (MOSAIC 03.40, 6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificação dos Pontos de Contacto Nacionais (MOSAIC 03.40, 6.3)</translation>
    </message>
    <message>
        <source>PoA national report, section 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Relatório nacional sobre o Programa de Ação, secção 1</translation>
    </message>
    <message>
        <source>National coordination section of the national report on the UN Programme of Action, pre-filled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Secção sobre a coordenação nacional do relatório nacional sobre o Programa de Ação das Nações Unidas, pré-preenchida</translation>
    </message>
</context>
<context>
    <name>ResourcesEditor</name>
    <message>
        <source>What the mechanism needs to work (clause 8): support staff, meeting space, office space and equipment, and a budget. Costs are in whole units of the currency (three letters, such as USD, EUR or XOF). Clause 8 notes that the National Authority may provide these resources, so it is the funding source until you choose another.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O que o mecanismo precisa para funcionar (cláusula 8): pessoal de apoio, espaço para reuniões, espaço e equipamento de escritório, e um orçamento. Os custos são indicados em unidades inteiras da moeda (três letras, como USD, EUR ou XOF). A cláusula 8 refere que a Autoridade Nacional pode fornecer estes recursos, pelo que é a fonte de financiamento até escolher outra.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Total estimated cost: none recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custo estimado total: ainda nada registado.</translation>
    </message>
    <message>
        <source>Total estimated cost: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custo estimado total: %1</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Resource (clause 8)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recurso (cláusula 8)</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fonte de financiamento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPage</name>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Functional areas of small arms control (Table 1) against the organisations of the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Áreas funcionais do controlo das armas ligeiras (Quadro 1) face às organizações do mecanismo.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>As recorded on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Situação registada em %1</translation>
    </message>
    <message>
        <source>Public version: phone numbers and email addresses are left out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versão pública: os números de telefone e os endereços de correio eletrónico foram omitidos.</translation>
    </message>
    <message>
        <source>Membership roster (public version)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lista de membros (versão pública)</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composição</translation>
    </message>
    <message>
        <source>Standing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estatuto</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membros titulares</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Homens</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women are %1 of all representatives (%2 of %3) and %4 of titular members (%5 of %6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>As mulheres representam %1 de todos os representantes (%2 de %3) e %4 dos membros titulares (%5 de %6).</translation>
    </message>
    <message>
        <source>Gender balance (7.4.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Equilíbrio de género (7.4.1)</translation>
    </message>
    <message>
        <source>Members by category (MOSAIC 03.40, 7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membros por categoria (MOSAIC 03.40, 7.4)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Função</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>No representative recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nenhum representante registado</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (continuação)</translation>
    </message>
    <message>
        <source>Organisations with no category of 7.4 recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizações sem categoria de 7.4 registada</translation>
    </message>
    <message>
        <source>No organisation is recorded in this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda não há nenhuma organização registada neste dossiê.</translation>
    </message>
    <message>
        <source>7.4.2, NOTE</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>7.4.2, NOTA</translation>
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
            <numerusform>O sexo de %n representante não está registado; é contabilizado nos totais.</numerusform>
            <numerusform>O sexo de %n representantes não está registado; são contabilizados nos totais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Part</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Satisfeitas</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Em parte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não satisfeitas</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por responder</translation>
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
        <translation>Preparação</translation>
    </message>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Enquadramento</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Autoridade Nacional</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pontos de contacto</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composição</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Funções</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Infraestruturas</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reuniões</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up assistant</source>
        <extracomment>The user asked to see the Readiness page when finishing.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Assistente de configuração</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Não mostrar novamente</translation>
    </message>
    <message>
        <source>Close the assistant and do not open it by itself again; Tools &gt; Set-up assistant still opens it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fechar o assistente e não voltar a abri-lo automaticamente; Ferramentas &gt; Assistente de configuração continua a abri-lo.</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Version to keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versão a manter</translation>
    </message>
</context>
<context>
    <name>StateStep</name>
    <message>
        <source>The State and the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O Estado e o mecanismo</translation>
    </message>
    <message>
        <source>Its name and legal basis (7.1). The legal basis may be a decree, a law or a decision.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>O seu nome e a sua base jurídica (7.1). A base jurídica pode ser um decreto, uma lei ou uma decisão.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Atividade sugerida</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposição</translation>
    </message>
    <message>
        <source>Gap</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lacuna</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (ignorada)</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ainda sem financiamento</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por objetivo</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por organização responsável</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por fonte de financiamento</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Field</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Campo</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Set up the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Configurar o mecanismo nacional de coordenação</translation>
    </message>
    <message>
        <source>Clause by clause, as MOSAIC 03.40 describes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula a cláusula, tal como a MOSAIC 03.40 o descreve.</translation>
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
        <translation>Este assistente regista, em cinco passos, os elementos em que assenta um mecanismo que segue a norma:

1. o Estado, o nome do mecanismo e a sua base jurídica (7.1);
2. os instrumentos internacionais e regionais a que o Estado aderiu (cláusula 4);
3. a Autoridade Nacional (cláusula 5);
4. os Pontos de Contacto Nacionais (cláusula 6);
5. a composição: quem representa cada ministério, organismo e parceiro (7.4).

Cada alteração é guardada à medida que a faz. Pode sair a qualquer momento e voltar mais tarde com Ferramentas &gt; Assistente de configuração: o assistente retoma onde parou. Cada passo é também uma página da janela principal, e a página Preparação mostra depois o que falta fazer.</translation>
    </message>
</context>
</TS>
