<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
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
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Dossiê de exemplo %1 escrito com %n pessoa.</numerusform>
            <numerusform>Dossiê de exemplo %1 escrito com %n pessoas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Erro:</translation>
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
    <name>Labels</name>
    <message>
        <source>Female</source>
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
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Guardar uma &amp;cópia como…</translation>
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
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it never opens a network connection.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

Cria e gere um mecanismo nacional de coordenação sobre o controlo de armas ligeiras e de pequeno calibre, segundo a norma das Nações Unidas MOSAIC 03.40.

Funciona sem ligação: nunca abre uma ligação de rede.</translation>
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
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Não foi possível ler ou escrever o ficheiro %1: %2</translation>
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
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Sections</name>
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
</context>
</TS>
