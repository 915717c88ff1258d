<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ошибка:</translation>
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
    <name>Labels</name>
    <message>
        <source>Female</source>
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
        <translation>Открыть &amp;недавнее</translation>
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
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить &amp;копию как…</translation>
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
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it never opens a network connection.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

Помогает создать национальный координационный механизм по контролю над стрелковым оружием и легкими вооружениями и организовать его работу в соответствии со стандартом ООН MOSAIC 03.40.

Работает автономно: никогда не открывает сетевых соединений.</translation>
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
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось прочитать или записать файл %1: %2</translation>
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
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Sections</name>
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
</context>
</TS>
