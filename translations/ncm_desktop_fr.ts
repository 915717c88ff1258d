<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>The dossier is sound.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Le dossier est intact.</translation>
    </message>
    <message>
        <source>Schema revision: %1 (current: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Révision du schéma&#xa0;: %1 (actuelle&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Lignes dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Dossier d’exemple %1 écrit avec %n personne.</numerusform>
            <numerusform>Dossier d’exemple %1 écrit avec %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Erreur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The last action could not be completed: %1

Everything saved before it is safe in the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La dernière action n’a pas pu aboutir&#xa0;: %1

Tout ce qui a été enregistré auparavant est en sécurité dans le dossier.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Président(e)</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Vice-président(e)</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Suppléant(e)</translation>
    </message>
    <message>
        <source>Full member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Membre à part entière</translation>
    </message>
    <message>
        <source>Observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Not present in this State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Inexistant dans cet État</translation>
    </message>
    <message>
        <source>shall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>doit</translation>
    </message>
    <message>
        <source>should</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>devrait</translation>
    </message>
    <message>
        <source>may</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>peut</translation>
    </message>
    <message>
        <source>can</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>possibilité</translation>
    </message>
    <message>
        <source>High priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Priorité élevée</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Priorité moyenne</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Priorité moindre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Open dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>À &amp;propos de NCM Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>No dossier is open. Create one with File &gt; New dossier, or open one with File &gt; Open dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aucun dossier n’est ouvert. Créez-en un avec Fichier &gt; Nouveau dossier, ou ouvrez-en un avec Fichier &gt; Ouvrir un dossier.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Une copie a été enregistrée sous %1</translation>
    </message>
    <message>
        <source>The delete was undone.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>La suppression a été annulée.</translation>
    </message>
    <message>
        <source>About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>À propos de NCM Desktop</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it never opens a network connection.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

Met en place et fait fonctionner un mécanisme national de coordination sur le contrôle des armes légères et de petit calibre, selon la norme des Nations Unies MOSAIC 03.40.

Il fonctionne hors ligne&#xa0;: il n’ouvre jamais de connexion réseau.</translation>
    </message>
    <message>
        <source>(no recent dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(aucun dossier récent)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Done: %1. Press Ctrl+Z to undo.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fait&#xa0;: %1. Appuyez sur Ctrl+Z pour annuler.</translation>
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
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>The open dossier file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Le fichier du dossier ouvert</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Dossiers NCM Desktop (*.ncm)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qualité de membre</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address (expected name@example.org).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une adresse électronique (forme attendue&#xa0;: nom@exemple.org).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un numéro de téléphone (chiffres, espaces, +, - et parenthèses&#x202f;; de 6 à 20 chiffres).</translation>
    </message>
    <message>
        <source>%1 is too long: at most %3 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 est trop long&#xa0;: %3 caractères au plus.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the allowed values.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie des valeurs autorisées.</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1&#xa0;: la date %2 est dans le futur.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Le fichier %1 n’a pas pu être lu ou écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no dossier at %1. It may have been moved, renamed or deleted, or its USB stick removed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Il n’y a pas de dossier à l’emplacement %1. Il a peut-être été déplacé, renommé ou supprimé, ou sa clé USB a été retirée.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a dossier. Open a backup instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 est un fichier vide, pas un dossier. Ouvrez plutôt une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop dossier. Nothing was changed in it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 n’est pas un dossier NCM Desktop. Rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to open it; the file was left untouched.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 a été écrit par une version plus récente de NCM Desktop. Installez cette version pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 est endommagé (%2). Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Choose another folder, or copy the dossier to this computer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ne peut pas être écrit&#xa0;: le fichier ou son dossier est en lecture seule. Choisissez un autre emplacement ou copiez le dossier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Modifier l’organisation</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(aucune catégorie)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <source>&amp;Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Catégorie (7.4)</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Qualité de membre</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Ministries, government bodies, civil society, industry and international bodies in the mechanism, each with its category of clause 7.4 and its membership.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ministères, organismes publics, société civile, industrie et organismes internationaux membres du mécanisme, chacun avec sa catégorie de l’article 7.4 et sa qualité de membre.</translation>
    </message>
    <message>
        <source>Search by name, acronym or category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rechercher par nom, sigle ou catégorie</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Aucune organisation n’est encore enregistrée. Ajoutez la première avec «&#xa0;Ajouter une organisation&#xa0;» (touche Inser).</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ajouter une organisation</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Supprimer %1 et son représentant (%n)&#x202f;? Vous pourrez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer %1 et ses %n représentants&#x202f;? Vous pourrez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Supprimer %n organisation</numerusform>
            <numerusform>Supprimer %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 organisations and their %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Supprimer ces %1 organisations et leur représentant (%n)&#x202f;? Vous pourrez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer ces %1 organisations et leurs %n représentants&#x202f;? Vous pourrez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 organisation sur %n correspond à la recherche</numerusform>
            <numerusform>%1 organisations sur %n correspondent à la recherche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Catégorie (7.4)</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Qualité de membre</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Représentants</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Les représentants des organisations membres (7.4), titulaires et suppléants. Leur sexe est enregistré afin que l’équilibre entre les sexes (7.4.1) soit mesuré, et non supposé.</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rechercher par nom, organisation, fonction ou courriel</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>No one is recorded yet. Add the first representative with “Add person” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personne n’est encore enregistré. Ajoutez le premier représentant avec «&#xa0;Ajouter une personne&#xa0;» (touche Inser).</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete %1 from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Supprimer %1 du dossier&#x202f;? Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Supprimer %n personne</numerusform>
            <numerusform>Supprimer %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Supprimer cette personne (%n) du dossier&#x202f;? Vous pourrez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer ces %n personnes du dossier&#x202f;? Vous pourrez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 personne sur %n correspond à la recherche</numerusform>
            <numerusform>%1 personnes sur %n correspondent à la recherche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(aucune organisation)</translation>
    </message>
    <message>
        <source>e.g. +221 33 889 12 00</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>p. ex. +221 33 889 12 00</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>nom@ministere.gouv</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Fonction ou poste</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Mandate since</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Mandat depuis le</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Recorded with the changes you make, so that colleagues who share a dossier know who changed what.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Enregistré avec les modifications que vous apportez, afin que les collègues qui partagent un dossier sachent qui a modifié quoi.</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Votre &amp;nom</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Personnes</translation>
    </message>
</context>
</TS>
