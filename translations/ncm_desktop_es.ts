<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar medida de seguimiento</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir una medida de seguimiento</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(aún sin responsable)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Medida</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización &amp;responsable</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fecha límite</translation>
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
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Lead and partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsable y asociados</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Dates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin costo</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costo y financiación</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <source>Indicator and means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Indicador y medios de verificación</translation>
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
        <translation>Costos estimados</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por objetivo</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por organización responsable</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por fuente de financiación</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún sin financiación</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiado (presupuesto nacional o donante)</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costos por objetivo en %1, financiados y aún sin financiación</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Timeline by quarter</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Calendario por trimestre</translation>
    </message>
    <message>
        <source>Points to settle before adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cuestiones por resolver antes de la aprobación</translation>
    </message>
    <message>
        <source>Point</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cuestión</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El plan</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Adopted by the plenary of the mechanism on: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aprobado por el plenario del mecanismo el: ____________________</translation>
    </message>
    <message>
        <source>Name and signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre y firma de la Presidencia: ____________________</translation>
    </message>
    <message>
        <source>No objective is recorded in the plan yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún no hay ningún objetivo registrado en el plan.</translation>
    </message>
    <message>
        <source>No activity under this objective yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún no hay ninguna actividad en este objetivo.</translation>
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
        <translation>Asociados: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Verificación: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responde a: %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Generado el %1 por NCM Desktop</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plan de Acción Nacional sobre armas pequeñas y armas ligeras</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Borrador para aprobación. Período: del %1 al %2.</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: not set.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Borrador para aprobación. Período: sin definir.</translation>
    </message>
    <message>
        <source>Adopted on %3. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aprobado el %3. Período: del %1 al %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 objetivos, %2 actividades. Costo estimado: %3; aún sin financiación: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>sin definir</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <extracomment>The timeline shows at most this many quarters (five years) from the start of the plan. (heading, lines) for each way of adding up the costs, then the overall line. Points the quality check raises: (activity number and title, or &quot;the plan&quot;; text). Quarters of the timeline, as (year, quarter 1 to 4). Costs by objective in the main currency: (currency, (number, funded, unfunded)).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n actividad marcada como sin costo.</numerusform>
            <numerusform>%n actividades marcadas como sin costo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n actividad aún sin costo estimado, excluida de los totales.</numerusform>
            <numerusform>%n actividades aún sin costo estimado, excluidas de los totales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <extracomment>``save(values, objective id, new objective)`` -&gt; the activity&apos;s id.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar actividad</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir una actividad</translation>
    </message>
    <message>
        <source>New objective:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nuevo objetivo:</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(aún sin responsable)</translation>
    </message>
    <message>
        <source>in whole units, e.g. 25000</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>en unidades enteras, p. ej., 25000</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin cos&amp;to</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin costo</translation>
    </message>
    <message>
        <source>Name of the donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre del donante</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Donante</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>New o&amp;bjective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nuevo o&amp;bjetivo</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Descri&amp;pción</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización &amp;responsable</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A&amp;sociados</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Costo estimado</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fi&amp;nanciación</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>In&amp;dicador</translation>
    </message>
    <message>
        <source>Means of &amp;verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Medios de &amp;verificación</translation>
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
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Otros participantes</translation>
    </message>
    <message>
        <source>Participants not listed above: please write your organisation and name, then sign.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Participantes que no figuran en la lista anterior: escriban su organización y su nombre, y firmen.</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Firma</translation>
    </message>
    <message>
        <source>No participant is expected: no representative of a full-member or observer organisation is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se espera a ningún participante: no hay registrado ningún representante de una organización miembro de pleno derecho u observadora.</translation>
    </message>
    <message>
        <source>No one is recorded as invited to this meeting yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay nadie registrado como invitado a esta reunión.</translation>
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
        <translation>Entidad de acogida (cláusula 5.1)</translation>
    </message>
    <message>
        <source>Role of the National Authority (clause 5.2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Función de la Autoridad Nacional (cláusula 5.2)</translation>
    </message>
    <message>
        <source>&amp;Host entity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Entidad de acogida</translation>
    </message>
    <message>
        <source>Host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Entidad de acogida de la Autoridad Nacional</translation>
    </message>
    <message>
        <source>Add an &amp;organisation…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Añadir una organización…</translation>
    </message>
    <message>
        <source>&amp;Designated on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Designada el</translation>
    </message>
    <message>
        <source>&amp;Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Referencia jurídica</translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Conocida como</translation>
    </message>
    <message>
        <source>Sits &amp;within the interior or internal security agency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Forma parte del organismo del &amp;interior o de seguridad interna</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>e.g. National Authority on Small Arms and Light Weapons (5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ej., Autoridad Nacional sobre Armas Pequeñas y Armas Ligeras (5.1)</translation>
    </message>
    <message>
        <source>e.g. Decree No. 2019-047, article 3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ej., Decreto n.º 2019-047, artículo 3</translation>
    </message>
    <message>
        <source>How it is done, in a line (the evidence)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cómo se hace, en una línea (la prueba)</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cómo: %1</translation>
    </message>
    <message>
        <source>&amp;Technical body:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Órgano &amp;técnico:</translation>
    </message>
    <message>
        <source>National technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Órgano técnico nacional de planificación y coordinación</translation>
    </message>
    <message>
        <source>(not designated yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(aún sin designar)</translation>
    </message>
    <message>
        <source>The host is in the category “%1”, where clause 5.2 advises the National Authority to sit.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad de acogida pertenece a la categoría «%1», en la que la cláusula 5.2 aconseja situar a la Autoridad Nacional.</translation>
    </message>
    <message>
        <source>Clause 5.2 advises that the National Authority be, or sit within, a government agency responsible for the interior, internal affairs or internal peace and security, since it is to coordinate and drive forward small arms control at the national level. If the host is another ministry, record whether it sits within such an agency, or consider a host in the category “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La cláusula 5.2 aconseja que la Autoridad Nacional sea un organismo gubernamental responsable del interior, los asuntos internos o la paz y la seguridad internas, o que esté ubicada dentro de dicho organismo, ya que ha de coordinar e impulsar el control de armas pequeñas a nivel nacional. Si la entidad de acogida es otro ministerio, registre si forma parte de un organismo de ese tipo, o considere una entidad de acogida de la categoría «%1».</translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Autoridad Nacional</translation>
    </message>
    <message>
        <source>The government entity that takes the lead in political coordination and policy direction of small arms control (5.1), and what it does (5.2). Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad gubernamental que asume el liderazgo en la coordinación política y la dirección de las políticas de control de armas pequeñas (5.1), y lo que hace (5.2). Cada cambio se guarda en el momento en que lo hace.</translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Autoridad Nacional</translation>
    </message>
    <message>
        <source>The government entity that leads political coordination and policy direction (clause 5). Add it as an organisation if it is not listed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad gubernamental que dirige la coordinación política y la dirección de las políticas (cláusula 5). Añádala como organización si no figura en la lista.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>NCM Desktop backs the dossier up when it is opened, every 30 minutes while it is being changed, and before every upgrade, import, merge or restore. Older backups are thinned out: all of the last day, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop hace una copia de seguridad del expediente al abrirlo, cada 30 minutos mientras se modifica y antes de cada actualización, importación, fusión o restauración. Las copias antiguas se van reduciendo: se conservan todas las del último día, luego una al día durante 12 días, una a la semana durante 10 semanas y una al mes durante 9 meses.</translation>
    </message>
    <message>
        <source>There is no backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay ninguna copia de seguridad de este expediente.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the dossier by the backup made on %1? Its current state is backed up first, so you can come back to it from this list.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Reemplazar el expediente por la copia de seguridad hecha el %1? Antes se hace una copia de seguridad de su estado actual, de modo que podrá volver a él desde esta lista.</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>None when the backup cannot be read (it is then shown, but not offered).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ilegible</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoría (7.4)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sin categoría)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The dossier is sound.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El expediente está en buen estado.</translation>
    </message>
    <message>
        <source>Schema revision: %1 (current: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Revisión del esquema: %1 (actual: %2)</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Filas en %1: %2</translation>
    </message>
    <message>
        <source>Drive: local.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Unidad: local.</translation>
    </message>
    <message>
        <source>Drive: removable (%1). The window works on a copy on this computer and writes it back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Unidad: extraíble (%1). La ventana trabaja con una copia en este equipo y la vuelve a escribir en la unidad.</translation>
    </message>
    <message>
        <source>Drive: network (%1). The window works on a copy on this computer; the command line uses the rollback journal there.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Unidad: de red (%1). La ventana trabaja con una copia en este equipo; la línea de comandos usa allí el diario de reversión.</translation>
    </message>
    <message>
        <source>Open for changes in NCM Desktop by %1 on %2 since %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abierto para modificaciones en NCM Desktop por %1 en %2 desde %3.</translation>
    </message>
    <message>
        <source>Left locked by NCM Desktop (%1 on %2, since %3), which is no longer running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quedó bloqueado por NCM Desktop (%1 en %2, desde %3), que ya no está en ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the latest made on %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n copia de seguridad; la última, hecha el %1: %2</numerusform>
            <numerusform>%n copias de seguridad; la última, hecha el %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Se escribió el expediente de ejemplo %1 con %n persona.</numerusform>
            <numerusform>Se escribió el expediente de ejemplo %1 con %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is protected by a passphrase.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>It is not protected: whoever has the file can read the names, phones and emails in it. Use --passphrase-file to protect it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No está protegido: quien tenga el archivo puede leer los nombres, teléfonos y correos electrónicos que contiene. Use --passphrase-file para protegerlo.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El archivo de frase de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>Merged the package from “%1” (%2, written %3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se fusionó el paquete de «%1» (%2, escrito el %3).</translation>
    </message>
    <message>
        <source>%1: added %2, updated %3, deleted %4, kept this dossier&apos;s version %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2 añadidos, %3 actualizados, %4 eliminados, %5 con la versión de este expediente conservada.</translation>
    </message>
    <message>
        <source>Nothing changed: this dossier already holds everything in the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se modificó nada: este expediente ya contiene todo lo que hay en el paquete.</translation>
    </message>
    <message>
        <source>  %1 “%2”: %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1 «%2»: %3 (%4)</translation>
    </message>
    <message>
        <source>kept this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>se conservó la versión de este expediente</translation>
    </message>
    <message>
        <source>took the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>se tomó la versión del otro expediente</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes se hizo una copia de seguridad del expediente: %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Error:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the package %1: %n record(s) from “%2”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Se escribió el paquete %1: %n registro de «%2».</numerusform>
            <numerusform>Se escribió el paquete %1: %n registros de «%2».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in both dossiers since they last exchanged; the newer version was kept and the other one is in the merge history:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n registro se modificó en ambos expedientes desde su último intercambio; se conservó la versión más reciente y la otra está en el historial de fusiones:</numerusform>
            <numerusform>%n registros se modificaron en ambos expedientes desde su último intercambio; se conservó la versión más reciente y la otra está en el historial de fusiones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) set aside in the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n versión apartada en el historial de fusiones.</numerusform>
            <numerusform>%n versiones apartadas en el historial de fusiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: --public applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Error: --public solo se aplica a: %1.</translation>
    </message>
    <message>
        <source>Error: --meeting applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Error: --meeting solo se aplica a: %1.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se escribió %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Se escribió %1 (%n página) en %2.</numerusform>
            <numerusform>Se escribió %1 (%n páginas) en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1 against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparación de %1 con respecto a %2 (catálogo %3)</translation>
    </message>
    <message>
        <source>Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, %6 not applicable)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación: %1 % (%2 cumplidas, %3 cumplidas en parte, %4 no cumplidas, %5 aún sin respuesta, %6 no aplicables)</translation>
    </message>
    <message>
        <source>Score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación: aún no hay nada que puntuar</translation>
    </message>
    <message>
        <source>By clause:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por cláusula:</translation>
    </message>
    <message>
        <source>By priority:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por prioridad:</translation>
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
        <translation>Otras disposiciones</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>nada que puntuar</translation>
    </message>
    <message>
        <source>Gaps, most important first (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencias, de la más importante a la menos (%1):</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ninguna carencia.</translation>
    </message>
    <message>
        <source>- %1 [%2, %3] %4 (%5)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2, %3] %4 (%5)</translation>
    </message>
    <message>
        <source>    Next step: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>    Próximo paso: %1</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;; not counted in the score):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Opciones que ofrece la norma («podrá», «puede»; no cuentan en la puntuación):</translation>
    </message>
    <message>
        <source>- %1 [%2] %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <source>Composition (7.4):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composición (7.4):</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Copia de seguridad escrita: %1</translation>
    </message>
    <message>
        <source>No backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay ninguna copia de seguridad de este expediente.</translation>
    </message>
    <message>
        <source>%1  %2  %3 organisations, %4 people  %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1  %2  %3 organizaciones, %4 personas  %5</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Columna «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3 [%4]: %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Línea %1: %2 — %3 [%4]: %5</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sin organización)</translation>
    </message>
    <message>
        <source>no category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>sin categoría</translation>
    </message>
    <message>
        <source>%1 (guessed, sure), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (deducida, segura), organización nueva</translation>
    </message>
    <message>
        <source>%1 (guessed, unsure: check it), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (deducida, dudosa: revísela), organización nueva</translation>
    </message>
    <message>
        <source>%1 (your earlier correction), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (su corrección anterior), organización nueva</translation>
    </message>
    <message>
        <source>no category guessed, new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>no se dedujo ninguna categoría, organización nueva</translation>
    </message>
    <message>
        <source>%1, organisation already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1, organización ya presente en el expediente</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>duplicado de la línea %1 (%2)</translation>
    </message>
    <message>
        <source>already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ya está en el expediente como «%1» (%2)</translation>
    </message>
    <message>
        <source>not added, because other rows have problems</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>no añadida, porque otras filas tienen problemas</translation>
    </message>
    <message>
        <source>People added: %1. New organisations: %2. Duplicates left out: %3. Rows with problems left out: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personas añadidas: %1. Organizaciones nuevas: %2. Duplicados omitidos: %3. Filas con problemas omitidas: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or import again with --skip-bad-rows to leave those rows out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>No se importó nada: %n fila tiene problemas. Corrija el archivo o vuelva a importar con --skip-bad-rows para omitir esas filas.</numerusform>
            <numerusform>No se importó nada: %n filas tienen problemas. Corrija el archivo o vuelva a importar con --skip-bad-rows para omitir esas filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest good backup is %1, made on %2. To restore it: ncm-desktop restore &quot;%3&quot; latest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La última copia de seguridad válida es %1, hecha el %2. Para restaurarla: ncm-desktop restore &quot;%3&quot; latest</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se restauró %1 a partir de la copia de seguridad %2.</translation>
    </message>
    <message>
        <source>What it held before was backed up as %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se hizo una copia de seguridad de su contenido anterior en %1.</translation>
    </message>
    <message>
        <source>No usable backup of %1 was found.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se encontró ninguna copia de seguridad utilizable de %1.</translation>
    </message>
    <message>
        <source>Not a date: %1. Write it as YYYY-MM-DD.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No es una fecha: %1. Escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>No baseline was recorded on or before %1. Baselines: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se registró ninguna línea de base el %1 ni antes. Líneas de base: %2.</translation>
    </message>
    <message>
        <source>No baseline was recorded in this dossier yet. Record one on the Readiness page, or mark a meeting as held.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún no se ha registrado ninguna línea de base en este expediente. Registre una en la página Preparación o marque una reunión como celebrada.</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1: score %2% then, %3% now (%4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progreso desde la línea de base del %1: puntuación del %2 % entonces, %3 % ahora (%4).</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progreso desde la línea de base del %1:</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Líneas de base:</translation>
    </message>
    <message>
        <source>  %1: %2%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: %2 %</translation>
    </message>
    <message>
        <source>  %1: nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: nada que puntuar</translation>
    </message>
    <message>
        <source>Newly met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recién cumplidas (%1):</translation>
    </message>
    <message>
        <source>Closer to met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Más cerca de cumplirse (%1):</translation>
    </message>
    <message>
        <source>Slipped back (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Retrocedieron (%1):</translation>
    </message>
    <message>
        <source>- %1 %2: %3 → %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>No provision changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ninguna disposición cambió.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (States with gaps: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (Estados con carencias: %2)</translation>
    </message>
    <message>
        <source>- %1 [%2] %3: %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3: %4</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No comparado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the comparison of %n State(s) to %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Se escribió la comparación de %n Estado en %1.</numerusform>
            <numerusform>Se escribió la comparación de %n Estados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server dossier %1 is at schema revision %2, with the roles %3, %4 and %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El expediente del servidor %1 está en la revisión de esquema %2, con los roles %3, %4 y %5.</translation>
    </message>
    <message>
        <source>%1 is now on the server as %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está ahora en el servidor como %2 (%3 filas).</translation>
    </message>
    <message>
        <source>The server dossier %1 was copied to %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El expediente del servidor %1 se copió en %2 (%3 filas).</translation>
    </message>
    <message>
        <source>%1 is now %2 of the server dossier %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 es ahora %2 del expediente del servidor %3.</translation>
    </message>
    <message>
        <source>%1 is not a server address: %2. Write it as postgresql://host/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 no es una dirección de servidor: %2. Escríbala como postgresql://host/base.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>an officer (reads and writes)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>un funcionario (lee y modifica)</translation>
    </message>
    <message>
        <source>a reader (reads and prints only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>un lector (solo lee e imprime)</translation>
    </message>
    <message>
        <source>an owner (also manages the users)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>un propietario (también gestiona los usuarios)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Comparar expedientes</translation>
    </message>
    <message>
        <source>Choose the dossiers of the States to compare. They are only read: nothing in them is changed, whichever version of NCM Desktop wrote them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Elija los expedientes de los Estados que desea comparar. Solo se leen: no se modifica nada en ellos, sea cual sea la versión de NCM Desktop que los escribió.</translation>
    </message>
    <message>
        <source>Dossiers to compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Expedientes que comparar</translation>
    </message>
    <message>
        <source>&amp;Add dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Añadir expedientes…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Quitar</translation>
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
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estados y cláusulas</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencias que comparten más Estados</translation>
    </message>
    <message>
        <source>&amp;States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Estados y cláusulas</translation>
    </message>
    <message>
        <source>Common &amp;gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencias co&amp;munes</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Idioma de la exportación</translation>
    </message>
    <message>
        <source>&amp;Language of the export:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Idioma de la exportación:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Expedientes de NCM Desktop (*.ncm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo leer ningún expediente: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se canceló la comparación.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hojas de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exportar la comparación</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Comparison of national coordinating mechanisms</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Comparación de los mecanismos nacionales de coordinación</translation>
    </message>
    <message>
        <source>Readiness of several States against MOSAIC 03.40, side by side, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparación de varios Estados respecto de MOSAIC 03.40, lado a lado, primero las carencias que comparten más Estados</translation>
    </message>
    <message>
        <source>Each State is judged by the same rules as its own readiness report: met counts whole, partly met half. Clauses and provisions are listed with the gaps most States share first: those a regional programme can address for all of them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada Estado se evalúa con las mismas reglas que su propio informe de preparación: lo cumplido cuenta entero, lo cumplido en parte, la mitad. Las cláusulas y disposiciones se enumeran empezando por las carencias que comparten más Estados: las que un programa regional puede abordar para todos ellos.</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencias «deberá»</translation>
    </message>
    <message>
        <source>&apos;Should&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencias «debería»</translation>
    </message>
    <message>
        <source>7.4 categories absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categorías 7.4 ausentes</translation>
    </message>
    <message>
        <source>Points of Contact missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntos de contacto que faltan</translation>
    </message>
    <message>
        <source>Points of Contact not notified recently</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntos de contacto no notificados recientemente</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>States with gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estados con carencias</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>What the standard asks</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lo que pide la norma</translation>
    </message>
    <message>
        <source>States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Which States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qué Estados</translation>
    </message>
    <message>
        <source>Categories of 7.4 with no member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categorías de 7.4 sin miembro</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por qué se dejó fuera</translation>
    </message>
    <message>
        <source>Score by clause, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación por cláusula, primero las carencias que comparten más Estados</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencias que comparten más Estados</translation>
    </message>
    <message>
        <source>No gap is shared by several States.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ninguna carencia es común a varios Estados.</translation>
    </message>
    <message>
        <source>By State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por Estado</translation>
    </message>
    <message>
        <source>Dossiers not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Expedientes no comparados</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo leer ningún expediente: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aprobado el %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No consta</translation>
    </message>
    <message>
        <source>States %1 to %2 of %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estados %1 a %2 de %3</translation>
    </message>
    <message>
        <source>All States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todos los Estados</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>missing for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>faltan para %1</translation>
    </message>
    <message>
        <source>not notified recently for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>no notificados recientemente para %1</translation>
    </message>
    <message>
        <source>Read through an upgraded copy: the file is of schema revision %1 and was left as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Leído mediante una copia actualizada: el archivo es de la revisión de esquema %1 y se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>Common gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencias comunes</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No comparados</translation>
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
            <numerusform>%n expediente comparado el %1, respecto de %2 (catálogo %3)</numerusform>
            <numerusform>%n expedientes comparados el %1, respecto de %2 (catálogo %3)</numerusform>
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
            <numerusform>Disposiciones no cumplidas del todo en al menos %n Estado, primero las más extendidas, luego «deberá» antes que «debería» y la prioridad alta antes que las demás.</numerusform>
            <numerusform>Disposiciones no cumplidas del todo en al menos %n Estados, primero las más extendidas, luego «deberá» antes que «debería» y la prioridad alta antes que las demás.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositionChecklist</name>
    <message>
        <source>Gender balance (7.4.1)</source>
        <extracomment>Women, men and not recorded: of all representatives, and of titular members.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Equilibrio de género (7.4.1)</translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Equilibrio de género</translation>
    </message>
    <message>
        <source>For each category: does the State have such a ministry or body (“where they exist”), and which organisation represents it. Change “Exists in the State” with F2 or a double click; add an organisation to the selected category with the button. Membership is changed on the Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Para cada categoría: ¿tiene el Estado ese ministerio u órgano («donde existan»), y qué organización lo representa? Cambie «Existe en el Estado» con F2 o con un doble clic; añada una organización a la categoría seleccionada con el botón. La condición de miembro se cambia en la página Organizaciones.</translation>
    </message>
    <message>
        <source>Composition checklist</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lista de verificación de la composición</translation>
    </message>
    <message>
        <source>&amp;Add an organisation to this category…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Añadir una organización a esta categoría…</translation>
    </message>
    <message>
        <source>%4% of the %1 representatives whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El %4 % de los %1 representantes cuyo sexo consta son mujeres (%2 mujeres, %3 hombres).</translation>
    </message>
    <message>
        <source>%4% of the %1 titular members whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El %4 % de los %1 miembros titulares cuyo sexo consta son mujeres (%2 mujeres, %3 hombres).</translation>
    </message>
    <message>
        <source>Gender balance is read as 40 to 60 per cent women.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se considera que hay equilibrio de género cuando las mujeres representan entre el 40 % y el 60 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n representative(s) have no sex recorded: they are counted apart, not guessed. Record it on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n representante no tiene el sexo registrado: se cuenta aparte, sin suponerlo. Regístrelo en la página Personas.</numerusform>
            <numerusform>%n representantes no tienen el sexo registrado: se cuentan aparte, sin suponerlo. Regístrelo en la página Personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todos los representantes</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Miembros titulares</translation>
    </message>
    <message>
        <source>Women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mujeres y hombres entre los representantes</translation>
    </message>
    <message>
        <source>No one whose sex is recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay nadie con el sexo registrado.</translation>
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
        <translation>Marcada como inexistente en este Estado, pero participan organizaciones de esta categoría: corrija la marca.</translation>
    </message>
    <message>
        <source>Yes: organisations of this category take part in the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sí: organizaciones de esta categoría participan en el mecanismo.</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoría (7.4)</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Existe en el Estado</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizaciones</translation>
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
        <translation>Composición</translation>
    </message>
    <message>
        <source>Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry (7.4.4) and international bodies (7.4.5), the latter as full members or observers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ministerios y órganos gubernamentales (7.4.2 a a v), sociedad civil (7.4.3), industria (7.4.4) y organismos internacionales (7.4.5), estos últimos como miembros de pleno derecho u observadores.</translation>
    </message>
</context>
<context>
    <name>CompositionStep</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composición</translation>
    </message>
    <message>
        <source>For each ministry and body of 7.4, does the State have one, and is it represented? Add the organisations that take part.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Para cada ministerio y órgano de 7.4: ¿lo tiene el Estado y está representado? Añada las organizaciones que participan.</translation>
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
        <translation>Registro</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Campos modificados</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Modificado aquí</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Modificado allí</translation>
    </message>
    <message>
        <source>Keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (más reciente)</translation>
    </message>
</context>
<context>
    <name>ContactInstrumentsModel</name>
    <message>
        <source>Covers (tick)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abarca (marcar)</translation>
    </message>
    <message>
        <source>Notified to (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificado a (6.3)</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificado el</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Última confirmación</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qué revisar</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>&amp;Designate a person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Designar a una persona…</translation>
    </message>
    <message>
        <source>Add a &amp;new person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir una persona &amp;nueva…</translation>
    </message>
    <message>
        <source>&amp;Withdraw designation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Retirar la designación</translation>
    </message>
    <message>
        <source>No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the instruments of clause 4 the State has joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay ningún punto de contacto designado. La cláusula 6.1 pide al menos uno para los instrumentos de la cláusula 4 a los que se ha adherido el Estado.</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos abarcados</translation>
    </message>
    <message>
        <source>Profile (6.2): tick what the Point of Contact offers. A National Point of Contact should…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Perfil (6.2): marque lo que ofrece el punto de contacto. Un punto de contacto nacional debería…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes on the Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notas sobre el punto de contacto</translation>
    </message>
    <message>
        <source>Coordination between Points of Contact (6.1) and notifications (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Coordinación entre los puntos de contacto (6.1) y notificaciones (6.3)</translation>
    </message>
    <message>
        <source>How they &amp;coordinate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cómo se &amp;coordinan</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <source>&amp;Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ú&amp;ltima celebrada</translation>
    </message>
    <message>
        <source>Notification &amp;stale after (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificación desac&amp;tualizada después de (meses)</translation>
    </message>
    <message>
        <source>How the Points of Contact share information and coordinate, under the oversight of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cómo intercambian información y se coordinan los puntos de contacto, bajo la supervisión de la Autoridad Nacional</translation>
    </message>
    <message>
        <source>e.g. quarterly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ej., trimestral</translation>
    </message>
    <message>
        <source>A notification not sent or confirmed within this many months is flagged as stale: 6.3 asks that contact details be kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Una notificación que no se haya enviado ni confirmado en este número de meses se señala como desactualizada: la cláusula 6.3 pide que los datos de contacto se mantengan actualizados.</translation>
    </message>
    <message>
        <source>%1: instruments, notifications and profile</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: instrumentos, notificaciones y perfil</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Retirar a %1</translation>
    </message>
    <message>
        <source>Withdraw the designation of %1 as National Point of Contact? The person stays in the dossier. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Retirar la designación de %1 como punto de contacto nacional? La persona permanece en el expediente. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos abarcados</translation>
    </message>
    <message>
        <source>Notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificación</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntos de contacto nacionales</translation>
    </message>
    <message>
        <source>One or more officially designated people who exchange information and act as liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Una o varias personas designadas oficialmente que intercambian información y actúan como enlace sobre los instrumentos de la cláusula 4 (6.1), notificadas a las oficinas de la cláusula 6.3 y mantenidas al día.</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntos de contacto nacionales</translation>
    </message>
    <message>
        <source>Designate one or more people for the instruments joined, and record when each office was notified (clause 6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designe una o varias personas para los instrumentos a los que se ha adherido el Estado y registre cuándo se notificó a cada oficina (cláusula 6).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar decisión</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir una decisión</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Decisión</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision / follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisión / medida de seguimiento</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Plan activity: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Actividad del plan: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The last action could not be completed: %1

Everything saved before it is safe in the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo completar la última acción: %1

Todo lo guardado antes está a salvo en el expediente.</translation>
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
        <translation>Hoja de cálculo, para editar (.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hojas de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exportar: %1</translation>
    </message>
    <message>
        <source>Language of the hand-out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>&amp;Public version: leave out phone numbers and email addresses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versión &amp;pública: omitir los números de teléfono y las direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Public version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versión pública</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>No meeting: every member and observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin reunión: todos los miembros y observadores</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Elija el archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Language of the hand-out:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progreso</translation>
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
            <numerusform>La verificación de calidad de la página Plan de acción plantea %n cuestión por resolver antes de presentar el plan; puede exportarse tal como está.</numerusform>
            <numerusform>La verificación de calidad de la página Plan de acción plantea %n cuestiones por resolver antes de presentar el plan; puede exportarse tal como está.</numerusform>
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
        <translation>Todavía no hay ninguna reunión registrada: registre primero una en la página Reuniones.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
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
        <translation>Se escribió %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Se escribió %1 (%n página).</numerusform>
            <numerusform>Se escribió %1 (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Applies to the parties of %1; the Framework page does not record it as joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se aplica a las partes en %1; la página Marco no lo registra como instrumento al que se ha adherido el Estado.</translation>
    </message>
    <message>
        <source>Answered by hand. Evidence: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Respondida manualmente. Prueba: %1</translation>
    </message>
    <message>
        <source>Answered by hand, with no evidence recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Respondida manualmente, aún sin prueba registrada.</translation>
    </message>
    <message>
        <source>The records cannot decide this one: answer it on the Readiness page, with a line of evidence.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Los registros no permiten determinar esta disposición: respóndala en la página Preparación, con una línea de prueba.</translation>
    </message>
    <message>
        <source>%1 is recorded with its legal basis, a National Authority and a Point of Contact.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está registrado con su base jurídica, una Autoridad Nacional y un punto de contacto.</translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún no registrado: %1.</translation>
    </message>
    <message>
        <source>the mechanism&apos;s name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>el nombre del mecanismo</translation>
    </message>
    <message>
        <source>its legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>su base jurídica</translation>
    </message>
    <message>
        <source>the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>la Autoridad Nacional</translation>
    </message>
    <message>
        <source>a National Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>un punto de contacto nacional</translation>
    </message>
    <message>
        <source>The State is party to %1, which requires it by a legally binding agreement to establish a national coordinating mechanism (7.2 NOTE 1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El Estado es parte en %1, que lo obliga, mediante un acuerdo jurídicamente vinculante, a establecer un mecanismo nacional de coordinación (7.2 NOTA 1).</translation>
    </message>
    <message>
        <source>The National Authority is hosted by %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad de acogida de la Autoridad Nacional es %1.</translation>
    </message>
    <message>
        <source>No host entity of the National Authority is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay registrada ninguna entidad de acogida de la Autoridad Nacional.</translation>
    </message>
    <message>
        <source>The National Authority is known as “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La Autoridad Nacional se conoce como «%1».</translation>
    </message>
    <message>
        <source>No name is recorded for the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún nombre registrado para la Autoridad Nacional.</translation>
    </message>
    <message>
        <source>The role checklist records this as in place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La lista de verificación de la función lo registra como establecido: %1</translation>
    </message>
    <message>
        <source>The role checklist records this as in place, without saying how.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La lista de verificación de la función lo registra como establecido, sin indicar cómo.</translation>
    </message>
    <message>
        <source>The role checklist does not record this as in place.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La lista de verificación de la función no lo registra como establecido.</translation>
    </message>
    <message>
        <source>The host, %1, is in the category %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad de acogida, %1, pertenece a la categoría %2.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as sitting within the agency responsible for internal peace and security.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad de acogida, %1, está registrada como ubicada dentro del organismo responsable de la paz y la seguridad internas.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as neither responsible for the interior or internal security nor sitting within such an agency.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad de acogida, %1, está registrada como no responsable del interior ni de la seguridad interna, y no ubicada dentro de un organismo de ese tipo.</translation>
    </message>
    <message>
        <source>The host, %1, is not in the interior category, and whether it sits within the agency for internal peace and security is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad de acogida, %1, no pertenece a la categoría de interior, y no consta si está ubicada dentro del organismo responsable de la paz y la seguridad internas.</translation>
    </message>
    <message>
        <source>No National Point of Contact is designated.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún punto de contacto nacional designado.</translation>
    </message>
    <message>
        <source>%1 is covered by %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está a cargo de %2.</translation>
    </message>
    <message>
        <source>No Point of Contact covers %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ningún punto de contacto abarca %1.</translation>
    </message>
    <message>
        <source>No instrument of clause 4 is recorded as joined, so it is not known which Points of Contact are needed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay registrado ningún instrumento de la cláusula 4 al que se haya adherido el Estado, por lo que no se sabe qué puntos de contacto se necesitan.</translation>
    </message>
    <message>
        <source>Every instrument of clause 4 the State has joined has a Point of Contact: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada instrumento de la cláusula 4 al que se ha adherido el Estado tiene un punto de contacto: %1.</translation>
    </message>
    <message>
        <source>No Point of Contact covers: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ningún punto de contacto abarca: %1.</translation>
    </message>
    <message>
        <source>One Point of Contact, %1, covers everything.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Un solo punto de contacto, %1, lo abarca todo.</translation>
    </message>
    <message>
        <source>%1 covers several instruments (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 abarca varios instrumentos (%2).</translation>
    </message>
    <message>
        <source>Each of the %1 Points of Contact covers a single instrument.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada uno de los %1 puntos de contacto abarca un solo instrumento.</translation>
    </message>
    <message>
        <source>There are not several Points of Contact to coordinate (%1 designated).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay varios puntos de contacto que coordinar (%1 designado(s)).</translation>
    </message>
    <message>
        <source>The %1 Points of Contact coordinate: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Los %1 puntos de contacto se coordinan: %2.</translation>
    </message>
    <message>
        <source>%1 Points of Contact are designated, but how they share information and coordinate is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hay %1 puntos de contacto designados, pero no consta cómo intercambian información y se coordinan.</translation>
    </message>
    <message>
        <source>The profile of every Point of Contact (%1) includes this.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El perfil de todos los puntos de contacto (%1) lo incluye.</translation>
    </message>
    <message>
        <source>The profile of %1 of the %2 Points of Contact includes this; not yet: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El perfil de %1 de los %2 puntos de contacto lo incluye; aún no: %3.</translation>
    </message>
    <message>
        <source>The profile of none of the %1 Points of Contact includes this yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El perfil de ninguno de los %1 puntos de contacto lo incluye todavía.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: la última notificación o confirmación a %2 fue el %3.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3, more than %4 months ago.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: la última notificación o confirmación a %2 fue el %3, hace más de %4 meses.</translation>
    </message>
    <message>
        <source>%1: %2 has no record of being notified of %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: no consta que se haya notificado %3 a %2.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado en la página Funciones: %1.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1; lead: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado en la página Funciones: %1; responsable: %2.</translation>
    </message>
    <message>
        <source>No status is recorded on the Functions page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún estado registrado en la página Funciones.</translation>
    </message>
    <message>
        <source>Data on %1: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Datos sobre %1: %2.</translation>
    </message>
    <message>
        <source>Data on %1: %2; disaggregated by sex: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Datos sobre %1: %2; desglosados por sexo: %3.</translation>
    </message>
    <message>
        <source>Whether data on %1 is available is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No consta si se dispone de datos sobre %1.</translation>
    </message>
    <message>
        <source>Each of the %1 functional areas of Table 1 has one confirmed lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada uno de los %1 ámbitos funcionales del Cuadro 1 tiene un responsable confirmado.</translation>
    </message>
    <message>
        <source>No lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin responsable: %1.</translation>
    </message>
    <message>
        <source>More than one lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Más de un responsable: %1.</translation>
    </message>
    <message>
        <source>Lead suggested, not confirmed: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsable sugerido, no confirmado: %1.</translation>
    </message>
    <message>
        <source>%1 has no lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 no tiene responsable.</translation>
    </message>
    <message>
        <source>%1 has more than one lead: %2. One lead avoids duplicated roles (7.3.2 d).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 tiene más de un responsable: %2. Un solo responsable evita la duplicación de funciones (7.3.2 d).</translation>
    </message>
    <message>
        <source>%1 has suggestions from Table 1 to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 tiene sugerencias del Cuadro 1 por confirmar.</translation>
    </message>
    <message>
        <source>%1: Table 1 names entities the mechanism does not include: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: el Cuadro 1 menciona entidades que el mecanismo no incluye: %2.</translation>
    </message>
    <message>
        <source>%1 of the %2 functional areas of Table 1 have a lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 de los %2 ámbitos funcionales del Cuadro 1 tienen responsable.</translation>
    </message>
    <message>
        <source>No responsibility is recorded in the Table 1 matrix.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ninguna responsabilidad registrada en la matriz del Cuadro 1.</translation>
    </message>
    <message>
        <source>Each of the %1 categories of 7.4 is represented, or recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada una de las %1 categorías de 7.4 está representada o registrada como inexistente en este Estado.</translation>
    </message>
    <message>
        <source>Not yet represented: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún no representadas: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no organisation represents it, and the State is not recorded as having none.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: ninguna organización la representa y no consta que el Estado carezca de ella.</translation>
    </message>
    <message>
        <source>%1: recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: registrada como inexistente en este Estado.</translation>
    </message>
    <message>
        <source>%1 is marked as not present in this State, yet %2 take part: correct the mark on the Composition page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está marcada como inexistente en este Estado, pero participan %2: corrija la marca en la página Composición.</translation>
    </message>
    <message>
        <source>International bodies: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organismos internacionales: %1.</translation>
    </message>
    <message>
        <source>No international body takes part as a full member or observer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ningún organismo internacional participa como miembro de pleno derecho u observador.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives whose sex is recorded (%2 women, %3 men) and %4% of titular members; %5 have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las mujeres son el %1 % de los representantes cuyo sexo consta (%2 mujeres, %3 hombres) y el %4 % de los miembros titulares; %5 no tienen el sexo registrado.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives (%2 women, %3 men) and %4% of titular members.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las mujeres son el %1 % de los representantes (%2 mujeres, %3 hombres) y el %4 % de los miembros titulares.</translation>
    </message>
    <message>
        <source>The sex of none of the %1 representatives is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No consta el sexo de ninguno de los %1 representantes.</translation>
    </message>
    <message>
        <source>%1: %2; funding: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2; financiación: %3.</translation>
    </message>
    <message>
        <source>%1: nothing is recorded on the Infrastructure page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: no hay nada registrado en la página Infraestructura.</translation>
    </message>
    <message>
        <source>The National Authority provides: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La Autoridad Nacional proporciona: %1.</translation>
    </message>
    <message>
        <source>No resource is recorded as provided by the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún recurso registrado como proporcionado por la Autoridad Nacional.</translation>
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
        <translation>Constatación</translation>
    </message>
    <message>
        <source>Decided</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decidida</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>The set-up so far</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La configuración hasta ahora</translation>
    </message>
    <message>
        <source>Functions, infrastructure and responsibilities follow on their own pages.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las funciones, la infraestructura y las responsabilidades se tratan en sus propias páginas.</translation>
    </message>
    <message>
        <source>Open the &amp;Readiness page when I finish</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir la página &amp;Preparación al terminar</translation>
    </message>
    <message numerus="yes">
        <source>Readiness score: %1. %n gap(s) remain; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Puntuación de preparación: %1. Queda %n carencia; la página Preparación las enumera todas, de la más importante a la menos, cada una con su próximo paso y un enlace a la página donde se resuelve.</numerusform>
            <numerusform>Puntuación de preparación: %1. Quedan %n carencias; la página Preparación las enumera todas, de la más importante a la menos, cada una con su próximo paso y un enlace a la página donde se resuelve.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ones:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las primeras:</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Marco</translation>
    </message>
    <message>
        <source>The State, the mechanism and its legal basis (7.1), and the international and regional instruments the State has joined (clause 4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El Estado, el mecanismo y su base jurídica (7.1), y los instrumentos internacionales y regionales a los que se ha adherido el Estado (cláusula 4).</translation>
    </message>
</context>
<context>
    <name>FunctionsEditor</name>
    <message>
        <source>The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged from the Table 1 matrix on the Responsibilities page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las funciones del mecanismo por prioridad (7.3.2 a 7.3.4). Cambie un estado, un responsable o una nota con F2, con un doble clic o escribiendo. La función 7.3.2 d) se evalúa a partir de la matriz del Cuadro 1 de la página Responsabilidades.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the standard asks for it, is it disaggregated by sex?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ámbitos de seguimiento de 7.3.2 a) 1) a 8): ¿se dispone de los datos y, donde la norma lo pide, están desglosados por sexo?</translation>
    </message>
    <message>
        <source>Monitoring areas</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ámbitos de seguimiento</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(aún sin responsable)</translation>
    </message>
    <message>
        <source>Function</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Función</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <source>Notes (who, how, how often)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notas (quién, cómo, con qué frecuencia)</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>What the mechanism does, high priority first (7.3), and the evidence its monitoring rests on (7.3.2 a).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lo que hace el mecanismo, empezando por lo de prioridad alta (7.3), y las pruebas en que se basa su seguimiento (7.3.2 a).</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar invitado</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir un invitado</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Invitado</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Presente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitado</translation>
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
        <translation>Historial: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>No change is recorded for this record: it was last changed before NCM Desktop kept a change log.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún cambio registrado para este registro: se modificó por última vez antes de que NCM Desktop llevara un registro de cambios.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qué</translation>
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
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <extracomment>How many values of a column its example shows. The widest the organisation names and their categories are shown, in pixels.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Importado como</translation>
    </message>
    <message>
        <source>First values</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Campo para la columna «%1»</translation>
    </message>
    <message>
        <source>1. What each column holds</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>1. Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Organisations and their categories</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizaciones y sus categorías</translation>
    </message>
    <message>
        <source>2. The category of each new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>2. La categoría de cada organización nueva</translation>
    </message>
    <message>
        <source>Categories were guessed from the names; the unsure ones come first. Check them: double-click a category, or select it and press F2, to change it. Your corrections are remembered for the next imports.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las categorías se dedujeron de los nombres; las dudosas aparecen primero. Revíselas: para cambiar una categoría, haga doble clic en ella o selecciónela y pulse F2. Sus correcciones se recuerdan para las próximas importaciones.</translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las filas tal como se importarán</translation>
    </message>
    <message>
        <source>3. The rows</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>3. Las filas</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Omitir las filas con problemas e importar las demás</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se importó nada: algunas filas tienen problemas.</translation>
    </message>
    <message>
        <source>Rows: %1. To add: %2. Duplicates, left out: %3. With problems: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Filas: %1. Por añadir: %2. Duplicados, omitidos: %3. Con problemas: %4.</translation>
    </message>
    <message>
        <source>%1: sheet “%2”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: hoja «%2», %3 filas después de los encabezados.</translation>
    </message>
    <message>
        <source>%1: text encoded as %2, values separated by “%4”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: texto codificado en %2, valores separados por «%4», %3 filas después de los encabezados.</translation>
    </message>
    <message>
        <source>tab</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>tabulación</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se añadirá</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Duplicado de la línea %1 (%2)</translation>
    </message>
    <message>
        <source>Already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ya está en el expediente como «%1» (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Función</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Teléfono</translation>
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
        <translation>Infraestructura y administración</translation>
    </message>
    <message>
        <source>Support staff, meeting and office space, equipment and finances (clause 8).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personal de apoyo, espacio para reuniones y oficinas, equipo y finanzas (cláusula 8).</translation>
    </message>
</context>
<context>
    <name>InstrumentsEditor</name>
    <message>
        <source>Instruments joined (clause 4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos a los que se ha adherido el Estado (cláusula 4)</translation>
    </message>
    <message>
        <source>Tick each instrument the State has joined; each one of clause 4 needs a National Point of Contact (clause 6). Some regional treaties make a national mechanism legally required.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Marque cada instrumento al que se ha adherido el Estado; cada uno de los de la cláusula 4 requiere un punto de contacto nacional (cláusula 6). Algunos tratados regionales hacen jurídicamente obligatorio un mecanismo nacional.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>&amp;Other regional instrument:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Otro instrumento regional:</translation>
    </message>
    <message>
        <source>Other regional instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Otro instrumento regional</translation>
    </message>
    <message>
        <source>Its name, as the State refers to it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Su nombre, tal como lo designa el Estado</translation>
    </message>
    <message>
        <source>Add as joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir como adherido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected instrument entered by name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quitar el instrumento seleccionado introducido por su nombre</translation>
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
        <translation>Regional (introducido por su nombre)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Instrument (tick when joined)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumento (marcar si el Estado se ha adherido)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adhesión el</translation>
    </message>
    <message>
        <source>Requires a national mechanism (7.2 NOTE 1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exige un mecanismo nacional (7.2 NOTA 1)</translation>
    </message>
</context>
<context>
    <name>InstrumentsStep</name>
    <message>
        <source>Instruments joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos adheridos</translation>
    </message>
    <message>
        <source>Tick the instruments of clause 4 and the regional treaties the State is party to; add any other by name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Marque los instrumentos de la cláusula 4 y los tratados regionales en los que el Estado es parte; añada cualquier otro por su nombre.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <extracomment>(value, label) pairs. Enums whose values coincide with another&apos;s and mean the same (``storage.enums.Answer`` and ``Status``; ``Coverage`` and ``Role``/``Membership``) fall back on the label of that value; values that coincide but mean something else (``ChangeAction.RESTORE`` and ``BackupReason.RESTORE``) each have their own entry.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Vicepresidencia</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Full member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Miembro de pleno derecho</translation>
    </message>
    <message>
        <source>Observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Not present in this State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No existe en este Estado</translation>
    </message>
    <message>
        <source>shall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>deberá</translation>
    </message>
    <message>
        <source>should</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>debería</translation>
    </message>
    <message>
        <source>may</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>podrá</translation>
    </message>
    <message>
        <source>can</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>puede</translation>
    </message>
    <message>
        <source>High priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridad alta</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridad media</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridad menor</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Partly available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disponibles en parte</translation>
    </message>
    <message>
        <source>Not available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No disponibles</translation>
    </message>
    <message>
        <source>Not started</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disponible en parte</translation>
    </message>
    <message>
        <source>In place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Pairs, not a dict: these enums share values (&apos;email&apos; is both a field and a kind of duplicate) and equal str values would collide as dict keys.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Acronym of the organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sigla de la organización</translation>
    </message>
    <message>
        <source>Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo o puesto</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Role in the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Función en el mecanismo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadido</translation>
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
        <translation>No añadido</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>mismo nombre y organización</translation>
    </message>
    <message>
        <source>same email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reemplazado por una versión más reciente</translation>
    </message>
    <message>
        <source>Changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Modificado en ambos expedientes</translation>
    </message>
    <message>
        <source>Deleted in one dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminado en un expediente</translation>
    </message>
    <message>
        <source>Its organisation was deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se eliminó su organización</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este expediente</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El otro expediente</translation>
    </message>
    <message>
        <source>Keep this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Conservar la versión de este expediente</translation>
    </message>
    <message>
        <source>Take the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tomar la versión del otro expediente</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Autoridad Nacional</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Point of Contact instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumento de un punto de contacto</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>The choice of &quot;no field&quot; for a column of a member list.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(no importado)</translation>
    </message>
    <message>
        <source>Other national source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Otra fuente nacional</translation>
    </message>
    <message>
        <source>Regional source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fuente regional</translation>
    </message>
    <message>
        <source>International source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fuente internacional</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Support</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>From the data</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Según los datos</translation>
    </message>
    <message>
        <source>Answered by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Respondido manualmente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Stale</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Never notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nunca notificado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored by undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Restaurado al deshacer</translation>
    </message>
    <message>
        <source>When the dossier was opened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Al abrir el expediente</translation>
    </message>
    <message>
        <source>Every 30 minutes while working</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada 30 minutos durante el trabajo</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hecha manualmente</translation>
    </message>
    <message>
        <source>Before an upgrade to a new version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de actualizar a una nueva versión</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de una fusión</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Changes not written back to the drive</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cambios no escritos de vuelta en la unidad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Avance limitado</translation>
    </message>
    <message>
        <source>Substantial progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Avance sustancial</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>National budget</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presupuesto nacional</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin financiación</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plenario</translation>
    </message>
    <message>
        <source>Working group</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Newly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recién cumplido</translation>
    </message>
    <message>
        <source>Closer to met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Más cerca de cumplirse</translation>
    </message>
    <message>
        <source>Slipped back</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Retrocedió</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each National Point of Contact be provided to the office concerned and kept up to date. This file holds one letter for each instrument covered by a Point of Contact, ready to be signed and sent.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La norma MOSAIC 03.40 (cláusula 6.3) pide que el nombre y los datos de contacto de cada punto de contacto nacional se comuniquen a la oficina correspondiente y se mantengan actualizados. Este archivo contiene una carta para cada instrumento abarcado por un punto de contacto, lista para firmar y enviar.</translation>
    </message>
    <message>
        <source>Letters in this file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cartas de este archivo</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Last notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Última notificación</translation>
    </message>
    <message>
        <source>Not yet notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún no notificado</translation>
    </message>
    <message>
        <source>No Point of Contact is recorded for any instrument, so this file holds no letter.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún punto de contacto registrado para ningún instrumento, por lo que este archivo no contiene ninguna carta.</translation>
    </message>
    <message>
        <source>Instruments with no Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumentos sin punto de contacto</translation>
    </message>
    <message>
        <source>No letter was prepared for these instruments, because no National Point of Contact is recorded for them. If the State has joined one of them, a Point of Contact can be designated (clause 6.1) and the letters printed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se preparó ninguna carta para estos instrumentos porque no hay ningún punto de contacto nacional registrado para ellos. Si el Estado se ha adherido a alguno de ellos, puede designarse un punto de contacto (cláusula 6.1) y volver a imprimir las cartas.</translation>
    </message>
    <message>
        <source>A letter marked DRAFT names a Point of Contact with no phone number or email address recorded: complete the contact details, then print the letters again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Una carta marcada como BORRADOR menciona a un punto de contacto sin número de teléfono ni dirección de correo electrónico registrados: complete los datos de contacto y vuelva a imprimir las cartas.</translation>
    </message>
    <message>
        <source>Subject: National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Asunto: Punto de contacto nacional para el %1</translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Señora, señor:</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Point of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tengo el honor de informarle de que %1 ha designado al siguiente punto de contacto nacional para el %2:</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Points of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tengo el honor de informarle de que %1 ha designado a los siguientes puntos de contacto nacionales para el %2:</translation>
    </message>
    <message>
        <source>%1 is also the National Point of Contact for: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 es también el punto de contacto nacional para: %2.</translation>
    </message>
    <message>
        <source>This letter confirms and updates the notification of %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La presente carta confirma y actualiza la notificación del %1.</translation>
    </message>
    <message>
        <source>I should be grateful if these details could be recorded and used for all communications on the implementation of the %1. Any change will be notified to you without delay.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Le agradecería que se tomara nota de estos datos y que se utilizaran en todas las comunicaciones relativas a la aplicación del %1. Cualquier cambio le será notificado sin demora.</translation>
    </message>
    <message>
        <source>Please accept the assurances of my highest consideration.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Le ruego acepte el testimonio de mi más alta consideración.</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre y cargo</translation>
    </message>
    <message>
        <source>For the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>En nombre de: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>no consta</translation>
    </message>
    <message>
        <source>the Government</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>el Gobierno</translation>
    </message>
    <message>
        <source>national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mecanismo nacional de coordinación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Set-up &amp;assistant…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Asistente de configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nuevo expediente…</translation>
    </message>
    <message>
        <source>&amp;Open dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Abrir expediente…</translation>
    </message>
    <message>
        <source>Open ser&amp;ver dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir expediente del ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Importar miembros…</translation>
    </message>
    <message>
        <source>Co&amp;mpare dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Co&amp;mparar expedientes…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>In&amp;tercambio</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fusionar paquete…</translation>
    </message>
    <message>
        <source>Merge &amp;history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Historial de fusiones…</translation>
    </message>
    <message>
        <source>&amp;Save to the drive now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Guardar en la unidad ahora</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Co&amp;pias de seguridad…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Acerca de NCM Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>No dossier is open. Create one with File &gt; New dossier, or open one with File &gt; Open dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún expediente abierto. Cree uno con Archivo &gt; Nuevo expediente o abra uno con Archivo &gt; Abrir expediente.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir expediente</translation>
    </message>
    <message>
        <source>Open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir expediente del servidor</translation>
    </message>
    <message>
        <source>Address of the server dossier (postgresql://user@server/database):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dirección del expediente del servidor (postgresql://usuario@servidor/base):</translation>
    </message>
    <message>
        <source>%1 is not a server address (%2). Write it as postgresql://server/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 no es una dirección de servidor (%2). Escríbala como postgresql://servidor/base.</translation>
    </message>
    <message>
        <source>Try again?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Intentarlo de nuevo?</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se guardó una copia como %1</translation>
    </message>
    <message>
        <source>Import members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Listas de miembros (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1 people and %2 new organisations.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se importaron %1 personas y %2 organizaciones nuevas.</translation>
    </message>
    <message>
        <source>The package was written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se escribió el paquete: %1</translation>
    </message>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fusionar un paquete</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Paquetes de NCM Desktop (*.ncmx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This dossier is open read-only: nothing can be imported or merged into it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este expediente está abierto en modo de solo lectura: no se puede importar ni fusionar nada en él.</translation>
    </message>
    <message>
        <source>The drive already holds every change.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La unidad ya contiene todos los cambios.</translation>
    </message>
    <message>
        <source>The delete was undone.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se deshizo la eliminación.</translation>
    </message>
    <message>
        <source>About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Acerca de NCM Desktop</translation>
    </message>
    <message>
        <source>(no recent dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ningún expediente reciente)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Done: %1. Press Ctrl+Z to undo.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hecho: %1. Pulse Ctrl+Z para deshacer.</translation>
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
        <translation>%1 en %2, desde %3</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2), which is no longer running: it probably stopped without closing it. You can take the lock over and work on the dossier, or open it read-only.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 quedó bloqueado por NCM Desktop (%2), que ya no está en ejecución: probablemente se detuvo sin cerrarlo. Puede tomar el control del bloqueo y trabajar en el expediente, o abrirlo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>&amp;Take over and open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Tomar el control y abrir</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Abrir en modo de solo &amp;lectura</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2). Only one program can change a dossier at a time. Open it read-only, or, only if that computer no longer uses it (it stopped, or the drive was removed from it), take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está abierto en NCM Desktop en otro equipo (%2). Solo un programa a la vez puede modificar un expediente. Ábralo en modo de solo lectura o, únicamente si ese equipo ya no lo utiliza (se detuvo o se le retiró la unidad), tome el control del bloqueo.</translation>
    </message>
    <message>
        <source>%1 is already open in another copy of NCM Desktop (%2). Only one program can change a dossier at a time: you can open it read-only here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ya está abierto en otra instancia de NCM Desktop (%2). Solo un programa a la vez puede modificar un expediente: aquí puede abrirlo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Expediente en uso</translation>
    </message>
    <message>
        <source>%1

The latest good backup of this dossier was made on %2; it holds %3 organisations and %4 people. Restore it? What is in the file now is kept in the backups folder.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1

La última copia de seguridad válida de este expediente se hizo el %2; contiene %3 organizaciones y %4 personas. ¿Restaurarla? El contenido actual del archivo se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it connects to a network only to open a server dossier you name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

Permite establecer y gestionar un mecanismo nacional de coordinación sobre el control de armas pequeñas y armas ligeras, conforme a la norma de las Naciones Unidas MOSAIC 03.40.

Funciona sin conexión: solo se conecta a una red para abrir un expediente del servidor que usted indique.</translation>
    </message>
    <message>
        <source>Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 since %3. You can read it here; changes made there appear when you open it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Solo lectura: este expediente está abierto para modificaciones en NCM Desktop por %1 en %2 desde %3. Aquí puede leerlo; los cambios hechos allí aparecerán cuando vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Read-only: you are a reader of this server dossier. You can read it and print from it; its owner can make you an officer to change it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Solo lectura: usted es lector de este expediente del servidor. Puede leerlo e imprimir a partir de él; su propietario puede hacerle funcionario para modificarlo.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made to this dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Solo lectura: no se pueden hacer cambios en este expediente.</translation>
    </message>
    <message>
        <source>It was written by an older version of NCM Desktop: you are reading a copy brought up to date for this version.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fue escrito por una versión anterior de NCM Desktop: está leyendo una copia actualizada para esta versión.</translation>
    </message>
    <message>
        <source>This dossier is on a network drive (%1). You are working on a copy on this computer, written back to the network drive every minute while you make changes and when you close the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este expediente está en una unidad de red (%1). Está trabajando con una copia en este equipo, que se escribe de vuelta en la unidad de red cada minuto mientras hace cambios y al cerrar el expediente.</translation>
    </message>
    <message>
        <source>This dossier is on a removable drive (%1). You are working on a copy on this computer, written back to the drive every minute while you make changes and when you close the dossier. Close the dossier, or use File &gt; Save to the drive now, before you remove the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este expediente está en una unidad extraíble (%1). Está trabajando con una copia en este equipo, que se escribe de vuelta en la unidad cada minuto mientras hace cambios y al cerrar el expediente. Cierre el expediente, o use Archivo &gt; Guardar en la unidad ahora, antes de retirar la unidad.</translation>
    </message>
    <message>
        <source>Changes made on this computer that had not reached the drive last time were written back to it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Los cambios hechos en este equipo que la última vez no habían llegado a la unidad se escribieron de vuelta en ella.</translation>
    </message>
    <message>
        <source>Changes left on this computer last time were not written back, and the file on the drive has changed since: they were kept as a backup (File &gt; Backups…).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Los cambios que quedaron en este equipo la última vez no se escribieron de vuelta, y el archivo de la unidad ha cambiado desde entonces: se conservaron como copia de seguridad (Archivo &gt; Copias de seguridad…).</translation>
    </message>
    <message>
        <source>The dossier could not be written back to its drive (%1). Your changes are safe on this computer and are written back when the drive can be written again, or the next time you open the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo escribir el expediente de vuelta en su unidad (%1). Sus cambios están a salvo en este equipo y se escribirán de vuelta cuando se pueda volver a escribir en la unidad o la próxima vez que abra el expediente.</translation>
    </message>
    <message>
        <source>An automatic backup could not be made: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo hacer una copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>Written back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Escrito de vuelta en la unidad.</translation>
    </message>
    <message>
        <source>%1 — NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — NCM Desktop</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>Server dossier %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Expediente del servidor %1</translation>
    </message>
    <message>
        <source>The open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El expediente del servidor abierto</translation>
    </message>
    <message>
        <source>The open dossier file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El archivo del expediente abierto</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Expedientes de NCM Desktop (*.ncm)</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Which member organisation leads and which supports each functional area of Table 1 (clause 9). One lead per area avoids duplicated roles (7.3.2 d). Shaded cells are where Table 1 names the organisation&apos;s kind of entity.</source>
        <extracomment>Areas share the width; below this the matrix scrolls sideways instead.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qué organización miembro es responsable y cuál presta apoyo en cada ámbito funcional del Cuadro 1 (cláusula 9). Un solo responsable por ámbito evita la duplicación de funciones (7.3.2 d). Las celdas sombreadas indican dónde el Cuadro 1 menciona el tipo de entidad de la organización.</translation>
    </message>
    <message>
        <source>Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Teclas: L responsable, S apoyo, Supr borrar, C confirmar una sugerencia, F2 elegir.</translation>
    </message>
    <message>
        <source>Responsibilities matrix</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Matriz de responsabilidades</translation>
    </message>
    <message>
        <source>&amp;Suggest from Table 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sugerir a partir del Cuadro 1</translation>
    </message>
    <message>
        <source>&amp;Confirm all suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Confirmar todas las sugerencias</translation>
    </message>
    <message>
        <source>&amp;Discard suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Descartar las sugerencias</translation>
    </message>
    <message>
        <source>No organisation takes part as a full member or observer yet: add them on the Composition or Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no participa ninguna organización como miembro de pleno derecho u observadora: añádalas en la página Composición u Organizaciones.</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qué revisar</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1?</source>
        <extracomment>Data role of a cell&apos;s entry (or None).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿%1?</translation>
    </message>
    <message>
        <source>Suggested from Table 1, not yet confirmed: press C to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sugerido a partir del Cuadro 1, aún sin confirmar: pulse C para confirmar.</translation>
    </message>
    <message>
        <source>Table 1 names this kind of entity for %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El Cuadro 1 menciona este tipo de entidad para %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>MechanismForm</name>
    <message>
        <source>The mechanism (clause 7.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El mecanismo (cláusula 7.1)</translation>
    </message>
    <message>
        <source>Secretariat contact details</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Datos de contacto de la secretaría</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Name of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nombre del mecanismo</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Base jurídica</translation>
    </message>
    <message>
        <source>&amp;Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fecha de la base jurídica</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>e.g. National Commission for the Control of Small Arms and Light Weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ej., Comisión Nacional para el Control de las Armas Pequeñas y Armas Ligeras</translation>
    </message>
    <message>
        <source>The decree, law or decision that establishes the mechanism, and any mandate given to a regional organisation or the United Nations (clause 11)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El decreto, la ley o la decisión por la que se establece el mecanismo, y cualquier mandato otorgado a una organización regional o a las Naciones Unidas (cláusula 11)</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunión</translation>
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
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Plenaries and working groups of the mechanism: their agenda, who was invited and who came, and their decisions, each followed by an action or an activity of the National Action Plan. Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sesiones plenarias y grupos de trabajo del mecanismo: su orden del día, quién fue invitado y quién asistió, y sus decisiones, cada una con una medida de seguimiento o una actividad del Plan de Acción Nacional. Cada cambio se guarda en el momento en que lo hace.</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nueva reunión</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Print attendance s&amp;heet…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Imprimir la &amp;hoja de asistencia…</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Exportar el a&amp;cta…</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Marcar como &amp;celebrada</translation>
    </message>
    <message>
        <source>Record the readiness of the mechanism as a baseline dated the day of the meeting; the minutes show it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registrar la preparación del mecanismo como línea de base con la fecha de la reunión; el acta la muestra</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Título de la reunión</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>e.g. First ordinary session of 2026</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ej., Primera sesión ordinaria de 2026</translation>
    </message>
    <message>
        <source>A&amp;genda (F2 edits an item):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Orden del día (F2 edita un punto):</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>A new agenda item; Enter adds it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Un nuevo punto del orden del día; Enter lo añade</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>Item &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>S&amp;ubir punto</translation>
    </message>
    <message>
        <source>Item do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Bajar punto</translation>
    </message>
    <message>
        <source>Participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Invitar a personas…</translation>
    </message>
    <message>
        <source>Invite &amp;every member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitar a &amp;todos los miembros</translation>
    </message>
    <message>
        <source>Add a &amp;guest…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir un in&amp;vitado…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Quitar de la &amp;lista</translation>
    </message>
    <message>
        <source>Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits them. People&apos;s sex is recorded on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La barra espaciadora marca «Invitado» o «Presente» en la celda actual; Enter sobre un invitado permite editarlo. El sexo de las personas se registra en la página Personas.</translation>
    </message>
    <message>
        <source>Gender balance of those present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Equilibrio de género de los presentes</translation>
    </message>
    <message>
        <source>Decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisiones y medidas de seguimiento</translation>
    </message>
    <message>
        <source>The whole text of the decision or action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El texto completo de la decisión o medida</translation>
    </message>
    <message>
        <source>Add &amp;decision…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir &amp;decisión…</translation>
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
        <translation>Convertir en actividad del &amp;plan…</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up action…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir una medida de &amp;seguimiento…</translation>
    </message>
    <message>
        <source>No meeting is recorded yet. “New meeting” records one for today; change its date, kind and agenda, then invite its participants.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay ninguna reunión registrada. «Nueva reunión» registra una con la fecha de hoy; cambie su fecha, tipo y orden del día, y luego invite a sus participantes.</translation>
    </message>
    <message>
        <source>Meeting and agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunión y orden del día</translation>
    </message>
    <message>
        <source>Attendance (%1/%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Asistencia (%1/%2)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisiones (%1)</translation>
    </message>
    <message>
        <source>No one is marked as present yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay nadie marcado como presente.</translation>
    </message>
    <message>
        <source>%1 present; the sex of none of them is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 presentes; no consta el sexo de ninguno de ellos.</translation>
    </message>
    <message>
        <source>within the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>dentro del intervalo del 40 % al 60 % que se considera equilibrio</translation>
    </message>
    <message>
        <source>outside the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>fuera del intervalo del 40 % al 60 % que se considera equilibrio</translation>
    </message>
    <message>
        <source>far from balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>lejos del equilibrio</translation>
    </message>
    <message>
        <source>%1 present: women are %2% of those whose sex is recorded (%3 women, %4 men), %5 (7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 presentes: las mujeres son el %2 % de aquellos cuyo sexo consta (%3 mujeres, %4 hombres), %5 (7.4.1).</translation>
    </message>
    <message numerus="yes">
        <source>%n present have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n de los presentes no tiene el sexo registrado.</numerusform>
            <numerusform>%n de los presentes no tienen el sexo registrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked as held yet: marking it records the readiness at the meeting.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún no marcada como celebrada: al marcarla se registra la preparación en la reunión.</translation>
    </message>
    <message>
        <source>Held. Readiness at the meeting: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Celebrada. Preparación en la reunión: %1.</translation>
    </message>
    <message>
        <source>This meeting is dated %1: it can be marked as held on that day or after.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Esta reunión tiene fecha del %1: puede marcarse como celebrada ese día o después.</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar la reunión %1</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” with its agenda, attendance and decisions? Activities of the plan it led to stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Eliminar la reunión «%1» con su orden del día, su asistencia y sus decisiones? Las actividades del plan que surgieron de ella se mantienen. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitar a personas</translation>
    </message>
    <message>
        <source>Choose the people to invite: Ctrl or Shift with a click or the arrow keys chooses several, Ctrl+A all those shown.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Elija las personas que desea invitar: Ctrl o Mayús con un clic o con las teclas de dirección elige varias; Ctrl+A, todas las que se muestran.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Quitar %n participante</numerusform>
            <numerusform>Quitar %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up action %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar la medida de seguimiento %1</translation>
    </message>
    <message>
        <source>Delete the follow-up action “%1”? An activity of the plan it became stays. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Eliminar la medida de seguimiento «%1»? Si se convirtió en una actividad del plan, esta se mantiene. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar la decisión %1</translation>
    </message>
    <message>
        <source>Delete this decision and its follow-up actions? Activities of the plan it became stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Eliminar esta decisión y sus medidas de seguimiento? Las actividades del plan en que se convirtió se mantienen. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Follow-up of the decisions of the mechanism&apos;s meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Seguimiento de las decisiones de las reuniones del mecanismo</translation>
    </message>
    <message>
        <source>Make the decision an activity of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Convertir la decisión en una actividad del plan</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fusionar un paquete</translation>
    </message>
    <message>
        <source>Package from “%1” (computer %2), written %3, with %4 records.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Paquete de «%1» (equipo %2), escrito el %3, con %4 registros.</translation>
    </message>
    <message>
        <source>Passphrase of the package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>This package is protected. &amp;Passphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este paquete está protegido. Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Records changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registros modificados en ambos expedientes</translation>
    </message>
    <message>
        <source>The two versions of the record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las dos versiones del registro</translation>
    </message>
    <message>
        <source>Keep all of &amp;this dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Conservar todas las versiones de &amp;este expediente</translation>
    </message>
    <message>
        <source>Take all of the &amp;other dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tomar todas las versiones del &amp;otro expediente</translation>
    </message>
    <message>
        <source>These records were changed in both dossiers since they last exchanged. The newer version is chosen; to keep the other one, change “Keep” (double-click it, or press F2). The version not kept goes to the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estos registros se modificaron en ambos expedientes desde su último intercambio. Se elige la versión más reciente; para conservar la otra, cambie «Conservar» (haga doble clic o pulse F2). La versión no conservada pasa al historial de fusiones.</translation>
    </message>
    <message>
        <source>Versions set aside by this merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versiones apartadas por esta fusión</translation>
    </message>
    <message>
        <source>Show the &amp;merge history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mostrar el &amp;historial de fusiones…</translation>
    </message>
    <message>
        <source>The merge was cancelled; the dossier was not changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se canceló la fusión; el expediente no se modificó.</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes se hizo una copia de seguridad del expediente: %1</translation>
    </message>
    <message>
        <source>The versions below were set aside; the merge history keeps them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las versiones siguientes se apartaron; el historial de fusiones las conserva.</translation>
    </message>
    <message>
        <source>This dossier already holds everything in the package: merging it changes nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este expediente ya contiene todo lo que hay en el paquete: fusionarlo no cambia nada.</translation>
    </message>
    <message>
        <source>To add: %1. To update: %2. To delete: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por añadir: %1. Por actualizar: %2. Por eliminar: %3. Modificados en ambos expedientes: %4.</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadidos: %1. Actualizados: %2. Eliminados: %3. Modificados en ambos expedientes: %4.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2 añadidos, %3 actualizados, %4 eliminados</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Este expediente</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El otro expediente</translation>
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
        <translation>Registro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versión apartada</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Historial de fusiones</translation>
    </message>
    <message>
        <source>Search by record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Buscar por registro</translation>
    </message>
    <message>
        <source>Search the merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Buscar en el historial de fusiones</translation>
    </message>
    <message>
        <source>Versions set aside by merges</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versiones apartadas por fusiones</translation>
    </message>
    <message>
        <source>The version set aside and the record now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La versión apartada y el registro actual</translation>
    </message>
    <message>
        <source>No merge has set any version aside.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ninguna fusión ha apartado ninguna versión.</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versión apartada</translation>
    </message>
    <message>
        <source>In the dossier now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>En el expediente ahora</translation>
    </message>
    <message>
        <source>No longer in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ya no está en el expediente</translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Merged</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Version from</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versión de</translation>
    </message>
    <message>
        <source>Other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Otro expediente</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre completo</translation>
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
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Teléfono</translation>
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
        <translation>Función</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Condición de miembro</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoría</translation>
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
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de la base jurídica</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de adhesión</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Date designated</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de designación</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Referencia jurídica</translation>
    </message>
    <message>
        <source>Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Conocida como</translation>
    </message>
    <message>
        <source>Technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Órgano técnico de planificación y coordinación</translation>
    </message>
    <message>
        <source>How</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Date notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <source>Date last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de la última confirmación</translation>
    </message>
    <message>
        <source>Notification period (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plazo de notificación (meses)</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Última celebrada</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Existe en el Estado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <source>Row</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Start of mandate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Inicio del mandato</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de aprobación</translation>
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
        <translation>Cláusula o instrumento</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Date of the baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de la línea de base</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Título de la reunión</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Name of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre del invitado</translation>
    </message>
    <message>
        <source>Organisation of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización del invitado</translation>
    </message>
    <message>
        <source>Participant</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Medida de seguimiento</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El campo «%1» no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address (expected name@example.org).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» no es una dirección de correo electrónico (se espera nombre@ejemplo.org).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» no es un número de teléfono (cifras, espacios, +, - y paréntesis; de 6 a 20 cifras).</translation>
    </message>
    <message>
        <source>%1 is too long: at most %3 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El texto de «%1» es demasiado largo: %3 caracteres como máximo.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the allowed values.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» no es uno de los valores permitidos.</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: la fecha %2 es posterior a hoy.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El valor de «%1» no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El valor de «%1» debe ser un número entero del 1 al %3.</translation>
    </message>
    <message>
        <source>%1 is too large: at most %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El valor de «%1» es demasiado grande: %3 como máximo.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» no es un código de moneda de tres letras (como USD, EUR o XOF).</translation>
    </message>
    <message>
        <source>%1: “%2” is already recorded; nothing was added.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» ya está registrado; no se añadió nada.</translation>
    </message>
    <message>
        <source>%1: “%2” already leads this area, and an area has one lead so that roles are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» ya es el responsable de este ámbito, y cada ámbito tiene un solo responsable para que no se dupliquen funciones (7.3.2 d). Asigne primero a «%2» la función de apoyo, o elija Apoyo aquí.</translation>
    </message>
    <message>
        <source>%1: this category cannot be marked as not present in this State while it has organisations in the mechanism (%2). Change their membership first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: esta categoría no puede marcarse como inexistente en este Estado mientras tenga organizaciones en el mecanismo (%2). Cambie primero su condición de miembro.</translation>
    </message>
    <message>
        <source>%1: more values than the file has columns (“%2”). A separator inside a value may have been left without quotation marks.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: hay más valores que columnas en el archivo («%2»). Puede que un separador dentro de un valor haya quedado sin comillas.</translation>
    </message>
    <message>
        <source>%1 comes before the start: an end must be on or after its start.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La fecha de «%1» es anterior a la de inicio: la fecha de fin debe ser igual o posterior a la de inicio.</translation>
    </message>
    <message>
        <source>%1: a cost of %2 is given, yet the activity is marked as costing nothing. Clear the cost, or untick “No cost”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: se indica un costo de %2, pero la actividad está marcada como sin costo. Borre el costo o desmarque «Sin costo».</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist. Choose another folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se puede escribir %1: su carpeta no existe. Elija otra carpeta. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder is read-only. Choose another folder, for example your Documents folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se puede escribir %1: su carpeta es de solo lectura. Elija otra carpeta, por ejemplo su carpeta Documentos. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name, such as roster.pdf. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 es una carpeta. Indique un nombre de archivo, como lista.pdf. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the disk has room and is still connected, then try again. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo escribir %1 (%2). Compruebe que el disco tenga espacio y siga conectado, y vuelva a intentarlo. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 could not be read as a member list: it is neither a CSV file nor an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo leer %1 como lista de miembros: no es un archivo CSV ni un libro de Excel (.xlsx), o está dañado. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>%1 could not be read: the quotation mark of a value that starts on line %2 is never closed, or is followed by more text. Correct the file, or save it again from the spreadsheet program. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo leer %1: las comillas de un valor que empieza en la línea %2 no se cierran nunca o van seguidas de más texto. Corrija el archivo o vuelva a guardarlo desde el programa de hoja de cálculo. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 es un libro de Excel 97-2003 (.xls). Guárdelo como libro de Excel (.xlsx) o como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop exchange package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 no es un paquete de intercambio de NCM Desktop. No se modificó nada.</translation>
    </message>
    <message>
        <source>%1 is incomplete: its copy was probably interrupted. Copy the package again from where it came from. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está incompleto: probablemente se interrumpió su copia. Vuelva a copiar el paquete desde su origen. No se modificó nada.</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: its contents do not match their checksum. Ask for a new package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está dañado o se modificó después de escribirse: su contenido no coincide con su suma de comprobación. Solicite un paquete nuevo. No se modificó nada.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 fue escrito por una versión más reciente de NCM Desktop. Instale esa versión para fusionarlo. No se modificó nada.</translation>
    </message>
    <message>
        <source>%1 comes from a dossier of a newer version of NCM Desktop (schema %2). Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 procede de un expediente de una versión más reciente de NCM Desktop (esquema %2). Instale esa versión para fusionarlo. No se modificó nada.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Give its passphrase to open it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está protegido con una frase de contraseña. Indique su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (capital letters count) and try again. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La frase de contraseña no abre %1. Revísela (se distinguen mayúsculas y minúsculas) y vuelva a intentarlo. No se modificó nada.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its contents do not fit this version of NCM Desktop (%2). Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se puede fusionar %1: su contenido no es compatible con esta versión de NCM Desktop (%2). No se modificó nada.</translation>
    </message>
    <message>
        <source>Name the meeting with --meeting, by its date (YYYY-MM-DD) or its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Indique la reunión con --meeting, por su fecha (AAAA-MM-DD) o su identificador.</translation>
    </message>
    <message>
        <source>No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ninguna reunión coincide con «%1». Indíquela por su fecha (AAAA-MM-DD) o por los primeros caracteres de su identificador.</translation>
    </message>
    <message>
        <source>%2 meetings were held on %1: name one by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El %1 se celebraron %2 reuniones: indique una por los primeros caracteres de su identificador.</translation>
    </message>
    <message>
        <source>%1 cannot be written in that format: this hand-out is made as %2 only. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se puede escribir %1 en ese formato: este documento solo se genera en %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo leer ni escribir el archivo %1: %2</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2 on %3, since %4), which is no longer running. Run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 quedó bloqueado por NCM Desktop (%2 en %3, desde %4), que ya no está en ejecución. Vuelva a ejecutar el comando con --force para tomar el control del bloqueo.</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2 on %3, since %4). Close it there first. If that computer no longer uses it (it stopped, or the drive was removed from it), run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está abierto en NCM Desktop en otro equipo (%2 en %3, desde %4). Ciérrelo allí primero. Si ese equipo ya no lo utiliza (se detuvo o se le retiró la unidad), vuelva a ejecutar el comando con --force para tomar el control del bloqueo.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only one program can change a dossier at a time: close it there first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está abierto en otra instancia de NCM Desktop (%2 en %3, desde %4). Solo un programa a la vez puede modificar un expediente: ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved: look at their version, then make your change again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Otra persona guardó este registro después de que usted lo abriera. No se guardó nada de lo suyo: revise su versión y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>The server of %1 does not answer (%2). Check the address and the office network, or ask the IT officer whether the server is running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El servidor de %1 no responde (%2). Compruebe la dirección y la red de la oficina, o pregunte al responsable informático si el servidor está en marcha.</translation>
    </message>
    <message>
        <source>The server of %1 refused the user name or the password. Check them and try again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El servidor de %1 rechazó el nombre de usuario o la contraseña. Compruébelos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 holds no NCM Desktop dossier (%2). The IT officer creates one with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 no contiene ningún expediente de NCM Desktop (%2). El responsable informático crea uno con ncm-desktop server init.</translation>
    </message>
    <message>
        <source>The server dossier %1 already holds a dossier: nothing was uploaded. Merge into it with an exchange package instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El expediente del servidor %1 ya contiene un expediente: no se subió nada. Fusione en él un paquete de intercambio en su lugar.</translation>
    </message>
    <message>
        <source>The server dossier %1 was made by an older version of NCM Desktop. Ask the IT officer to upgrade it with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El expediente del servidor %1 se creó con una versión anterior de NCM Desktop. Pida al responsable informático que lo actualice con ncm-desktop server init.</translation>
    </message>
    <message>
        <source>You may not do that on the server dossier %1. Ask its owner for the role you need.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No puede hacer eso en el expediente del servidor %1. Pida a su propietario el rol que necesita.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2). The change under way was not saved; nothing was half-saved.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se perdió la conexión con el servidor de %1 (%2). El cambio en curso no se guardó; nada quedó guardado a medias.</translation>
    </message>
    <message>
        <source>There is no dossier at %1. It may have been moved, renamed or deleted, or its USB stick removed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún expediente en %1. Puede que se haya movido, renombrado o eliminado, o que se haya retirado su memoria USB.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a dossier. Open a backup instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 es un archivo vacío, no un expediente. Abra una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop dossier. Nothing was changed in it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 no es un expediente de NCM Desktop. No se ha modificado nada en él.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to open it; the file was left untouched.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 fue escrito por una versión más reciente de NCM Desktop. Instale esa versión para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 está dañado (%2). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to this version of NCM Desktop (%2). It was left exactly as it was; a backup of it is at %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo actualizar %1 a esta versión de NCM Desktop (%2). Se dejó exactamente como estaba; hay una copia de seguridad en %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it was not closed properly and its folder is read-only. Open it where it was last used, or copy it to a folder you can write to.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se puede leer %1 aquí: no se cerró correctamente y su carpeta es de solo lectura. Ábralo donde se utilizó por última vez o cópielo en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Choose another folder, or copy the dossier to this computer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se puede escribir en %1: el archivo o su carpeta son de solo lectura. Elija otra carpeta o copie el expediente en este equipo.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se registró ningún orden del día.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Women are %1 of those present whose sex is recorded (%2 women, %3 men). The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las mujeres son el %1 de los presentes cuyo sexo consta (%2 mujeres, %3 hombres). El mecanismo procura lograr el equilibrio de género (MOSAIC 03.40, 7.4.1).</translation>
    </message>
    <message>
        <source>The sex of none of those present is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No consta el sexo de ninguno de los presentes.</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Invited, not present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitados, no presentes</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>invitado</translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisiones y seguimiento</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se registró ninguna decisión.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Decisión %1</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Medida de seguimiento</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Activity of the National Action Plan: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Actividad del Plan de Acción Nacional: %1</translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se registró ninguna medida de seguimiento.</translation>
    </message>
    <message>
        <source>Readiness at this meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparación en esta reunión</translation>
    </message>
    <message>
        <source>Readiness score against MOSAIC 03.40 when the meeting was held: %1. Categories of 7.4 represented: %2 of %3; women among the representatives: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación de preparación respecto de MOSAIC 03.40 cuando se celebró la reunión: %1. Categorías de 7.4 representadas: %2 de %3; mujeres entre los representantes: %4.</translation>
    </message>
    <message>
        <source>The meeting has not been marked as held, so no readiness was recorded for it (Meetings page, Mark as held).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La reunión no se ha marcado como celebrada, por lo que no se registró su preparación (página Reuniones, Marcar como celebrada).</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Approved at the meeting of: ____________________   Signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aprobada en la reunión del: ____________________   Firma de la Presidencia: ____________________</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present: %1 invited and %2 not invited; %3 invited but not present.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Presentes: %n (invitados: %1; no invitados: %2). Invitados no presentes: %3.</numerusform>
            <numerusform>Presentes: %n (invitados: %1; no invitados: %2). Invitados no presentes: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>not asked</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>no se pide</translation>
    </message>
    <message>
        <source>Monitoring area (7.3.2 a)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ámbito de seguimiento (7.3.2 a)</translation>
    </message>
    <message>
        <source>Data available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Datos disponibles</translation>
    </message>
    <message>
        <source>Disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desglosados por sexo</translation>
    </message>
    <message>
        <source>Source, and who assesses it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fuente y quién la evalúa</translation>
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
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <source>e.g. Complete the composition of the National Commission</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ej., Completar la composición de la Comisión Nacional</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Answers (clause or instrument)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Responde a (cláusula o instrumento)</translation>
    </message>
</context>
<context>
    <name>OrganisationCategoryModel</name>
    <message>
        <source>Organisation</source>
        <extracomment>Where the organisation first comes in the list. Emitted when the user changes a category.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoría (7.4)</translation>
    </message>
    <message>
        <source>How the category was chosen</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cómo se eligió la categoría</translation>
    </message>
    <message>
        <source>Already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ya está en el expediente</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Elegida por usted</translation>
    </message>
    <message>
        <source>Your correction at an earlier import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Su corrección en una importación anterior</translation>
    </message>
    <message>
        <source>Unsure: no portfolio in the name, check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dudosa: el nombre no indica ninguna cartera, revísela</translation>
    </message>
    <message>
        <source>Unsure, from the word “%1”: check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dudosa, deducida de la palabra «%1»: revísela</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Deducida de la palabra «%1»</translation>
    </message>
    <message>
        <source>No guess: choose one</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin deducción: elija una</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir una organización</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sigla</translation>
    </message>
    <message>
        <source>&amp;Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Categoría (7.4)</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Condición de miembro</translation>
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
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Ministries, government bodies, civil society, industry and international bodies in the mechanism, each with its category of clause 7.4 and its membership.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ministerios, organismos públicos, sociedad civil, industria y organismos internacionales que forman parte del mecanismo, cada uno con su categoría de la cláusula 7.4 y su condición de miembro.</translation>
    </message>
    <message>
        <source>Search by name, acronym or category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Buscar por nombre, sigla o categoría</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay ninguna organización registrada. Añada la primera con «Añadir organización» (tecla Insert).</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Añadir organización</translation>
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
        <translation>Buscar</translation>
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
            <numerusform>¿Eliminar %1 y su %n representante? Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar %1 y sus %n representantes? Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Eliminar %n organización</numerusform>
            <numerusform>Eliminar %n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 organisations and their %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>¿Eliminar estas %1 organizaciones y su %n representante? Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar estas %1 organizaciones y sus %n representantes? Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 de %n organización coincide con la búsqueda</numerusform>
            <numerusform>%1 de %n organizaciones coinciden con la búsqueda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categoría (7.4)</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Condición de miembro</translation>
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
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>A package carries this dossier to another computer, where it can be merged into a dossier with File &gt; Exchange &gt; Merge package. It holds the names, phones and emails of the members: protect it with a passphrase, and give the passphrase separately (not on the same USB stick).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Un paquete lleva este expediente a otro equipo, donde puede fusionarse con un expediente mediante Archivo &gt; Intercambio &gt; Fusionar paquete. Contiene los nombres, teléfonos y correos electrónicos de los miembros: protéjalo con una frase de contraseña y comunique la frase de contraseña por separado (no en la misma memoria USB).</translation>
    </message>
    <message>
        <source>Package file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Protect the package with a passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Proteger el paquete con una frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Archivo del paquete:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Repetir:</translation>
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
        <translation>Elija dónde escribir el paquete.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La frase de contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las dos frases de contraseña no coinciden. Vuelva a escribirla.</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Paquetes de NCM Desktop (*.ncmx)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>``tick(participant id, invited, attended)``: store a tick; True when stored.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Presente</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (invitado)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Los representantes de las organizaciones miembros (7.4), titulares y suplentes. Se registra su sexo para que el equilibrio de género (7.4.1) se mida y no se suponga.</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Buscar por nombre, organización, cargo o correo electrónico</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>No one is recorded yet. Add the first representative with “Add person” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay nadie registrado. Añada el primer representante con «Añadir persona» (tecla Insert).</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Añadir persona</translation>
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
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <source>Delete %1 from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Eliminar a %1 del expediente? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Eliminar %n persona</numerusform>
            <numerusform>Eliminar %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>¿Eliminar a esta %n persona del expediente? Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar a estas %n personas del expediente? Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 de %n persona coincide con la búsqueda</numerusform>
            <numerusform>%1 de %n personas coinciden con la búsqueda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Función</translation>
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(sin organización)</translation>
    </message>
    <message>
        <source>e.g. +221 33 889 12 00</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ej., +221 33 889 12 00</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>nombre@ministerio.gob</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Cargo o puesto</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Correo electrónico</translation>
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
        <translation>%1: la suya «%2», la de usted «%3»</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Otra persona modificó a esta persona</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Conservar &amp;su versión</translation>
    </message>
    <message>
        <source>Save &amp;my version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar &amp;mi versión</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Designate a Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designar un punto de contacto</translation>
    </message>
    <message>
        <source>Choose the person designated as National Point of Contact. Someone not in the dossier yet is added first on the People page, or with “Add a new person”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Elija a la persona designada como punto de contacto nacional. Si aún no está en el expediente, añádala primero en la página Personas o con «Añadir una persona nueva».</translation>
    </message>
    <message>
        <source>Search by name, organisation or title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Buscar por nombre, organización o cargo</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Invite the ministry responsible for %1 to join the mechanism</source>
        <extracomment>Languages whose letters have no case: names are put into sentences as they are.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitar al ministerio responsable de %1 a sumarse al mecanismo</translation>
    </message>
    <message>
        <source>Invite to the mechanism: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitar al mecanismo: %1</translation>
    </message>
    <message>
        <source>Invite representatives of %1 to join the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invitar a representantes de %1 a sumarse al mecanismo</translation>
    </message>
    <message>
        <source>Designate a National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designar un punto de contacto nacional para el %1</translation>
    </message>
    <message>
        <source>Notify the %1 of the National Point of Contact for the %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificar a la %1 el punto de contacto nacional para el %2</translation>
    </message>
    <message>
        <source>Designate the host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designar la entidad de acogida de la Autoridad Nacional</translation>
    </message>
    <message>
        <source>Put in place the role of the National Authority set out in %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Poner en práctica la función de la Autoridad Nacional prevista en %1</translation>
    </message>
    <message>
        <source>Arrange regular coordination between the National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizar una coordinación periódica entre los puntos de contacto nacionales</translation>
    </message>
    <message>
        <source>Strengthen the profile of the National Points of Contact (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reforzar el perfil de los puntos de contacto nacionales (%1)</translation>
    </message>
    <message>
        <source>Complete the formal establishment of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Completar el establecimiento oficial del mecanismo</translation>
    </message>
    <message>
        <source>Collect and assess data on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recopilar y evaluar datos sobre %1</translation>
    </message>
    <message>
        <source>Collect and assess data on %1, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recopilar y evaluar datos sobre %1, desglosados por sexo</translation>
    </message>
    <message>
        <source>Designate the lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Designar la entidad gubernamental responsable de %1</translation>
    </message>
    <message>
        <source>Agree on a single lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Acordar una única entidad gubernamental responsable de %1</translation>
    </message>
    <message>
        <source>Seek a balance of women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Procurar un equilibrio entre mujeres y hombres entre los representantes</translation>
    </message>
    <message>
        <source>Provide the mechanism with %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dotar al mecanismo de %1</translation>
    </message>
    <message>
        <source>Close the gap on %1 of MOSAIC 03.40</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Subsanar la carencia relativa a %1 de la norma MOSAIC 03.40</translation>
    </message>
    <message>
        <source>The organisation has named its representatives to the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La organización ha nombrado a sus representantes en el mecanismo</translation>
    </message>
    <message>
        <source>A National Point of Contact is designated for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se ha designado un punto de contacto nacional para el %1</translation>
    </message>
    <message>
        <source>The %1 has acknowledged the notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La %1 ha acusado recibo de la notificación</translation>
    </message>
    <message>
        <source>The host entity is designated by a legal act</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La entidad de acogida está designada mediante un acto jurídico</translation>
    </message>
    <message>
        <source>Coordination meetings held as scheduled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reuniones de coordinación celebradas según lo previsto</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Datos sobre %1 disponibles y evaluados</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Datos sobre %1 disponibles y evaluados, desglosados por sexo</translation>
    </message>
    <message>
        <source>One lead entity confirmed for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Una sola entidad responsable confirmada para %1</translation>
    </message>
    <message>
        <source>Women are 40 to 60 per cent of the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las mujeres representan entre el 40 % y el 60 % de los representantes</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disponible: %1</translation>
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
        <translation>Donante: %1</translation>
    </message>
    <message>
        <source>Donor not named</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Donante no indicado</translation>
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
        <translation>Costos por objetivo en %1, financiados y aún sin financiación</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiado (presupuesto nacional o donante)</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún sin financiación</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plan de Acción Nacional</translation>
    </message>
    <message>
        <source>The plan&apos;s objectives, each answering a clause or instrument of the standard, and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or after; activities can be dragged too.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Los objetivos del plan, cada uno en respuesta a una cláusula o un instrumento de la norma, y sus actividades (cláusula 10, 7.3.2 e). Enter o F2 editan, Insert añade una actividad, Ctrl+Flecha arriba y Ctrl+Flecha abajo la desplazan, también al objetivo anterior o siguiente; las actividades también pueden arrastrarse.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El plan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Período &amp;desde:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Adopted o&amp;n:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>A&amp;probado el:</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fecha de aprobación</translation>
    </message>
    <message>
        <source>Objectives and activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivos y actividades</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nuevo &amp;objetivo…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nueva &amp;actividad…</translation>
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
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <source>Move the activity to another objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mover la actividad a otro objetivo</translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>E&amp;xportar el plan…</translation>
    </message>
    <message>
        <source>Activities suggested by the gaps of the Readiness page, most important first. Accept one as it is, edit it first, or dismiss it: it is not proposed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Actividades sugeridas a partir de las carencias de la página Preparación, de la más importante a la menos. Acepte una tal como está, edítela antes o descártela: no se volverá a proponer.</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Actividades sugeridas</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Acepta&amp;r</translation>
    </message>
    <message>
        <source>Edit and acce&amp;pt…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ed&amp;itar y aceptar…</translation>
    </message>
    <message>
        <source>Show &amp;dismissed suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mostrar las sugere&amp;ncias descartadas</translation>
    </message>
    <message>
        <source>Before the plan is tabled, every activity needs a lead that is a member of the mechanism, dates within the plan&apos;s period, a cost (or “No cost”) and an indicator. Press Enter on a point to open its activity.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Antes de presentar el plan, cada actividad necesita un responsable que sea miembro del mecanismo, fechas dentro del período del plan, un costo (o «Sin costo») y un indicador. Pulse Enter sobre una cuestión para abrir su actividad.</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Verificación de calidad</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costos estimados</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n actividad marcada como sin costo.</numerusform>
            <numerusform>%n actividades marcadas como sin costo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n actividad aún sin costo estimado, excluida de los totales.</numerusform>
            <numerusform>%n actividades aún sin costo estimado, excluidas de los totales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in different currencies are never converted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Los importes en monedas distintas nunca se convierten.</translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Su&amp;gerencias (%1)</translation>
    </message>
    <message>
        <source>&amp;Quality check (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Verificación de calidad (%1)</translation>
    </message>
    <message>
        <source>Cost&amp;s</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Costos</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Descar&amp;tar</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar la actividad %1</translation>
    </message>
    <message>
        <source>Delete the activity “%1”? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Eliminar la actividad «%1»? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Eliminar el objetivo %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective “%1” and its %n activity(ies)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>¿Eliminar el objetivo «%1» y su %n actividad? Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar el objetivo «%1» y sus %n actividades? Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aceptar una actividad sugerida</translation>
    </message>
</context>
<context>
    <name>PlanQuality</name>
    <message>
        <source>The plan has no period yet: give the dates it starts and ends.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El plan aún no tiene período: indique sus fechas de inicio y de fin.</translation>
    </message>
    <message>
        <source>No lead organisation.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin organización responsable.</translation>
    </message>
    <message>
        <source>The lead, %1, is not a member or observer of the mechanism (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El responsable, %1, no es miembro ni observador del mecanismo (%2).</translation>
    </message>
    <message>
        <source>No start or no end date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Falta la fecha de inicio o de fin.</translation>
    </message>
    <message>
        <source>Ends on %2, before it starts (%1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Termina el %2, antes de empezar (%1).</translation>
    </message>
    <message>
        <source>Starts on %1, before the plan&apos;s period begins (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Empieza el %1, antes del inicio del período del plan (%2).</translation>
    </message>
    <message>
        <source>Ends on %1, after the plan&apos;s period ends (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Termina el %1, después del fin del período del plan (%2).</translation>
    </message>
    <message>
        <source>No estimated cost, and not marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin costo estimado y no marcada como sin costo.</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin indicador.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <extracomment>``mover(activity id, objective id, position)``: put an activity there; True when done.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Objetivo / actividad</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin costo</translation>
    </message>
</context>
<context>
    <name>PoaSection1</name>
    <message>
        <source>Pre-filled from the dossier on %1 for the national report on the implementation of the %2 and of the %3. Check every answer before copying it into the report.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rellenado a partir del expediente el %1 para el informe nacional sobre la aplicación del %2 y del %3. Revise cada respuesta antes de copiarla en el informe.</translation>
    </message>
    <message>
        <source>Does the State have a national coordination agency, body or mechanism on small arms and light weapons?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Cuenta el Estado con un organismo, órgano o mecanismo nacional de coordinación sobre armas pequeñas y armas ligeras?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No</translation>
    </message>
    <message>
        <source>No (no coordinating mechanism is recorded in the dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No (no hay ningún mecanismo de coordinación registrado en el expediente)</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Órgano nacional de coordinación</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Established by</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Establecido por</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Composition of the body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composición del órgano</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexo no registrado</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Miembros titulares</translation>
    </message>
    <message>
        <source>Alternates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Suplentes</translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todos los representantes</translation>
    </message>
    <message>
        <source>National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Punto de contacto nacional para el %1</translation>
    </message>
    <message>
        <source>No National Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ningún punto de contacto nacional registrado para el %1.</translation>
    </message>
    <message>
        <source>Is the National Point of Contact for the %1 also the National Point of Contact for the %2?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>¿Es el punto de contacto nacional para el %1 también el punto de contacto nacional para el %2?</translation>
    </message>
    <message>
        <source>No: no Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No: no hay ningún punto de contacto registrado para el %1.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>no consta</translation>
    </message>
    <message numerus="yes">
        <source>Representatives of the %n full-member organisation(s); observers and invited bodies are not counted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Representantes de la %n organización miembro de pleno derecho; no se cuentan los observadores ni los organismos invitados.</numerusform>
            <numerusform>Representantes de las %n organizaciones miembros de pleno derecho; no se cuentan los observadores ni los organismos invitados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Recorded with the changes you make, so that colleagues who share a dossier know who changed what.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Se registra junto con los cambios que realice, para que los colegas que comparten un expediente sepan quién cambió qué.</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Su &amp;nombre</translation>
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
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Point to settle</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cuestión por resolver</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El plan</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness</source>
        <extracomment>Every table whose change can move a finding.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Every provision of MOSAIC 03.40, decided from the records where they can decide it, otherwise answered by hand. Gaps come most important first: &apos;shall&apos; before &apos;should&apos;, high priority before lower. &apos;May&apos; and &apos;can&apos; provisions are options: they are listed, but not counted in the score. Press Enter on a gap to open the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada disposición de la norma MOSAIC 03.40, determinada a partir de los registros cuando estos lo permiten y, de lo contrario, respondida manualmente. Las carencias aparecen de la más importante a la menos: «deberá» antes que «debería», prioridad alta antes que menor. Las disposiciones con «podrá» y «puede» son opciones: se enumeran, pero no cuentan en la puntuación. Pulse Enter sobre una carencia para abrir la página donde se resuelve.</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación por cláusula</translation>
    </message>
    <message>
        <source>Score by priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación por prioridad</translation>
    </message>
    <message>
        <source>Record a &amp;baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Registrar una &amp;línea de base</translation>
    </message>
    <message>
        <source>Keep today&apos;s readiness in the dossier, to see progress at the next baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar en el expediente la preparación de hoy, para ver el progreso en la próxima línea de base</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>Changes since the previous baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cambios desde la línea de base anterior</translation>
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
        <translation>Carencias, de la más importante a la menos</translation>
    </message>
    <message>
        <source>Options the standard offers (may, can)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Opciones que ofrece la norma (podrá, puede)</translation>
    </message>
    <message>
        <source>Every provision, in the standard&apos;s order</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todas las disposiciones, en el orden de la norma</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Constataciones</translation>
    </message>
    <message>
        <source>&amp;Open the page that fixes this</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Abrir la página donde se resuelve</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>A line of evidence: a document, a decision, a date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Una línea de prueba: un documento, una decisión, una fecha</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(aún sin respuesta)</translation>
    </message>
    <message>
        <source>%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 cumplidas, %2 en parte, %3 no cumplidas, %4 por responder, de %5 disposiciones que cuentan</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Otras disposiciones</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Overall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Global</translation>
    </message>
    <message>
        <source>Score by date, overall and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación por fecha, global y por cláusula</translation>
    </message>
    <message>
        <source>No baseline recorded before today. Record one now, and at the next one this tab shows what changed: newly met, slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No hay ninguna línea de base registrada antes de hoy. Registre una ahora y, en la siguiente, esta pestaña mostrará qué cambió: recién cumplido, retrocedió.</translation>
    </message>
    <message>
        <source>Since the baseline of %1: score %2 then, %3 now; %4 newly met, %5 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desde la línea de base del %1: puntuación %2 entonces, %3 ahora; %4 recién cumplidas, %5 retrocedieron.</translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n disposición</numerusform>
            <numerusform>%n disposiciones</numerusform>
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
        <translation>Próximo paso: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>As recorded on %1, against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Según lo registrado el %1, con respecto a %2 (catálogo %3)</translation>
    </message>
    <message>
        <source>Every provision of the standard is decided from the records where they can decide it, otherwise answered by hand with a line of evidence. Met counts whole, partly met half. The standard is voluntary guidance: gaps are steps still to take, not failings.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cada disposición de la norma se determina a partir de los registros cuando estos lo permiten y, de lo contrario, se responde manualmente con una línea de prueba. Una disposición cumplida cuenta entera; una cumplida en parte, la mitad. La norma es una orientación voluntaria: las carencias son pasos que aún quedan por dar, no fallos.</translation>
    </message>
    <message>
        <source>Readiness score: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación de preparación: %1</translation>
    </message>
    <message>
        <source>Readiness score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación de preparación: aún no hay nada que puntuar</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 provisions that count; %6 do not apply.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 cumplidas, %2 cumplidas en parte, %3 no cumplidas y %4 aún sin respuesta, de %5 disposiciones que cuentan; %6 no se aplican.</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación por cláusula</translation>
    </message>
    <message>
        <source>Score by priority of the functions (7.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación por prioridad de las funciones (7.3)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Otras disposiciones</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No cumplidas</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por responder</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencias, de la más importante a la menos</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; before &apos;should&apos;, high priority before lower, then in the standard&apos;s order.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>«Deberá» antes que «debería», prioridad alta antes que menor y, después, en el orden de la norma.</translation>
    </message>
    <message>
        <source>No gaps: every provision that counts is met.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ninguna carencia: se cumplen todas las disposiciones que cuentan.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>What the records show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lo que muestran los registros</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;): not counted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Opciones que ofrece la norma («podrá», «puede»): no se cuentan</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula %1</translation>
    </message>
    <message>
        <source>Progress since the last baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Progreso desde la última línea de base</translation>
    </message>
    <message>
        <source>No baseline was recorded before today. A baseline keeps the readiness of its date (Record a baseline on the Readiness page, or mark a meeting as held), so that the next report shows the progress made since.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No se registró ninguna línea de base antes de hoy. Una línea de base guarda la preparación de su fecha (Registrar una línea de base en la página Preparación, o marcar una reunión como celebrada), para que el próximo informe muestre el progreso logrado desde entonces.</translation>
    </message>
    <message>
        <source>Since the baseline of %1 the score went from %2 to %3: %4 provisions newly met, %5 closer to met, %6 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Desde la línea de base del %1, la puntuación pasó de %2 a %3: %4 disposiciones recién cumplidas, %5 más cerca de cumplirse, %6 retrocedieron.</translation>
    </message>
    <message>
        <source>Categories of 7.4 represented: %1 of %2 then, %3 of %4 now. Women among the representatives: %5 then, %6 now.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Categorías de 7.4 representadas: %1 de %2 entonces, %3 de %4 ahora. Mujeres entre los representantes: %5 entonces, %6 ahora.</translation>
    </message>
    <message>
        <source>Score by date, overall (thick line) and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntuación por fecha, global (línea gruesa) y por cláusula</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No provision changed status since then.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ninguna disposición cambió de estado desde entonces.</translation>
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
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Historial de este registro</translation>
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
        <translation>Generado el %1 por NCM Desktop</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>National coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mecanismo nacional de coordinación</translation>
    </message>
    <message>
        <source>Membership roster</source>
        <extracomment>File formats by extension; a hand-out is PDF unless its kind offers an editable copy.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Members of the national coordinating mechanism, grouped by the categories of MOSAIC 03.40, 7.4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Miembros del mecanismo nacional de coordinación, agrupados según las categorías de la norma MOSAIC 03.40, 7.4</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Attendance sheet for a meeting of the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hoja de asistencia a una reunión del mecanismo nacional de coordinación</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Acta de una reunión</translation>
    </message>
    <message>
        <source>Minutes of a meeting of the national coordinating mechanism: attendance, decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Acta de una reunión del mecanismo nacional de coordinación: asistencia, decisiones y medidas de seguimiento</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Informe de preparación</translation>
    </message>
    <message>
        <source>Readiness of the national coordinating mechanism against MOSAIC 03.40: score, gaps and next steps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparación del mecanismo nacional de coordinación con respecto a la norma MOSAIC 03.40: puntuación, carencias y próximos pasos</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plan de Acción Nacional</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons: objectives, activities, costs and timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plan de Acción Nacional sobre armas pequeñas y armas ligeras: objetivos, actividades, costos y calendario</translation>
    </message>
    <message>
        <source>Point of Contact notification letters</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cartas de notificación de los puntos de contacto</translation>
    </message>
    <message>
        <source>Notification of the National Points of Contact (MOSAIC 03.40, 6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notificación de los puntos de contacto nacionales (MOSAIC 03.40, 6.3)</translation>
    </message>
    <message>
        <source>PoA national report, section 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Informe nacional sobre el PdA, sección 1</translation>
    </message>
    <message>
        <source>National coordination section of the national report on the UN Programme of Action, pre-filled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sección sobre la coordinación nacional del informe nacional sobre el Programa de Acción de las Naciones Unidas, rellenada previamente</translation>
    </message>
</context>
<context>
    <name>ResourcesEditor</name>
    <message>
        <source>What the mechanism needs to work (clause 8): support staff, meeting space, office space and equipment, and a budget. Costs are in whole units of the currency (three letters, such as USD, EUR or XOF). Clause 8 notes that the National Authority may provide these resources, so it is the funding source until you choose another.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lo que el mecanismo necesita para funcionar (cláusula 8): personal de apoyo, espacio para reuniones, espacio y equipo de oficina, y un presupuesto. Los costos se expresan en unidades enteras de la moneda (tres letras, como USD, EUR o XOF). La cláusula 8 señala que la Autoridad Nacional podrá proporcionar estos recursos, por lo que es la fuente de financiación hasta que elija otra.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Total estimated cost: none recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costo estimado total: aún no se ha registrado ninguno.</translation>
    </message>
    <message>
        <source>Total estimated cost: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costo estimado total: %1</translation>
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
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fuente de financiación</translation>
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
        <translation>Ámbitos funcionales del control de armas pequeñas (Cuadro 1) frente a las organizaciones del mecanismo.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>As recorded on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Según lo registrado el %1</translation>
    </message>
    <message>
        <source>Public version: phone numbers and email addresses are left out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versión pública: se omiten los números de teléfono y las direcciones de correo electrónico.</translation>
    </message>
    <message>
        <source>Membership roster (public version)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lista de miembros (versión pública)</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composición</translation>
    </message>
    <message>
        <source>Standing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Miembros titulares</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women are %1 of all representatives (%2 of %3) and %4 of titular members (%5 of %6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Las mujeres son el %1 de todos los representantes (%2 de %3) y el %4 de los miembros titulares (%5 de %6).</translation>
    </message>
    <message>
        <source>Gender balance (7.4.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Equilibrio de género (7.4.1)</translation>
    </message>
    <message>
        <source>Members by category (MOSAIC 03.40, 7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Miembros por categoría (MOSAIC 03.40, 7.4)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nombre</translation>
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
        <translation>Ningún representante registrado</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Organisations with no category of 7.4 recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizaciones sin categoría de 7.4 registrada</translation>
    </message>
    <message>
        <source>No organisation is recorded in this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Todavía no hay ninguna organización registrada en este expediente.</translation>
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
            <numerusform>No consta el sexo de %n representante; se cuenta en los totales.</numerusform>
            <numerusform>No consta el sexo de %n representantes; se cuentan en los totales.</numerusform>
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
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>No cumplidas</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por responder</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Readiness</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Marco</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Autoridad Nacional</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Composición</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Reuniones</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up assistant</source>
        <extracomment>The user asked to see the Readiness page when finishing.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Asistente de configuración</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;No volver a mostrar</translation>
    </message>
    <message>
        <source>Close the assistant and do not open it by itself again; Tools &gt; Set-up assistant still opens it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cerrar el asistente y no volver a abrirlo automáticamente; Herramientas &gt; Asistente de configuración lo sigue abriendo.</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Version to keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Versión que se conserva</translation>
    </message>
</context>
<context>
    <name>StateStep</name>
    <message>
        <source>The State and the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>El Estado y el mecanismo</translation>
    </message>
    <message>
        <source>Its name and legal basis (7.1). The legal basis may be a decree, a law or a decision.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Su nombre y su base jurídica (7.1). La base jurídica puede ser un decreto, una ley o una decisión.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Actividad sugerida</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Gap</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Carencia</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (descartada)</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aún sin financiación</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por objetivo</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por organización responsable</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Por fuente de financiación</translation>
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
        <translation>Establecer el mecanismo nacional de coordinación</translation>
    </message>
    <message>
        <source>Clause by clause, as MOSAIC 03.40 describes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Cláusula por cláusula, tal como lo describe la norma MOSAIC 03.40.</translation>
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
        <translation>Este asistente registra, en cinco pasos, los elementos en que se basa un mecanismo conforme a la norma:

1. el Estado, el nombre del mecanismo y su base jurídica (7.1);
2. los instrumentos internacionales y regionales a los que se ha adherido el Estado (cláusula 4);
3. la Autoridad Nacional (cláusula 5);
4. los puntos de contacto nacionales (cláusula 6);
5. la composición: quién representa a cada ministerio, órgano y asociado (7.4).

Cada cambio se guarda en el momento en que lo hace. Puede salir en cualquier momento y volver más tarde con Herramientas &gt; Asistente de configuración: continuará donde lo dejó. Cada paso es también una página de la ventana principal, y la página Preparación muestra después lo que queda por hacer.</translation>
    </message>
</context>
</TS>
