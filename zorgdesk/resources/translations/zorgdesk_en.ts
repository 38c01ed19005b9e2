<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="127"/>
        <source>Doelen en thema&apos;s</source>
        <translation>Goals and themes</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="129"/>
        <source>Overleggen</source>
        <translation>Meeting bodies</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="131"/>
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="133"/>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="135"/>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="45"/>
        <source>Actiepunt</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="45"/>
        <source>Nieuw actiepunt</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="48"/>
        <source>Wat moet er gebeuren?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="50"/>
        <source>(nog niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="62"/>
        <location filename="../../ui/meetings/action_dialog.py" line="64"/>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="73"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="74"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="75"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="76"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="74"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="74"/>
        <source>Gereed</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="75"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="75"/>
        <source>Doorverwijzen…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="77"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="96"/>
        <source>Actie gewijzigd</source>
        <translation>Action changed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="104"/>
        <source>Actie heropend</source>
        <translation>Action reopened</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="106"/>
        <source>Actie gereed</source>
        <translation>Action done</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="108"/>
        <source>Actie vervallen</source>
        <translation>Action dropped</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="128"/>
        <source>Doorverwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="129"/>
        <source>Naar de actielijst van welk overleg?</source>
        <translation>To the action list of which body?</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="134"/>
        <source>Actie doorverwezen</source>
        <translation>Action referred</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_list.py" line="141"/>
        <source>Actie verwijderd</source>
        <translation>Action deleted</translation>
    </message>
</context>
<context>
    <name>ActionListModel</name>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="80"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="81"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="82"/>
        <location filename="../../ui/meetings/meeting_models.py" line="103"/>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="84"/>
        <location filename="../../ui/meetings/meeting_models.py" line="104"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="85"/>
        <source>Afgesproken in</source>
        <translation>Agreed in</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="89"/>
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="90"/>
        <source>Verwezen van</source>
        <translation>Referred from</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../ui/meetings/actions_tab.py" line="25"/>
        <source>Acties van deze vergadering</source>
        <translation>Actions of this meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_tab.py" line="30"/>
        <source>Nieuwe actie…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_tab.py" line="33"/>
        <source>Open acties van eerdere vergaderingen staan hier vanzelf; rood: over de datum.</source>
        <translation>Open actions of earlier meetings appear here by themselves; red: overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/actions_tab.py" line="64"/>
        <source>Actie toegevoegd</source>
        <translation>Action added</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="81"/>
        <source>Verslag vaststellen</source>
        <translation>Adopt minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="83"/>
        <source>Vergadering waarin het verslag is vastgesteld</source>
        <translation>Meeting in which the minutes were adopted</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="88"/>
        <source>Na vaststelling ligt het verslag vast: aantekeningen, aanwezigheid, gasten en besluiten veranderen niet meer. Actiepunten blijven op de actielijst.</source>
        <translation>Once adopted, the minutes are fixed: notes, attendance, guests and decisions no longer change. Actions stay on the action list.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="93"/>
        <source>Vastgesteld &amp;in</source>
        <translation>Adopted &amp;in</translation>
    </message>
</context>
<context>
    <name>AdoptVersionDialog</name>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="71"/>
        <source>Versie vaststellen</source>
        <translation>Adopt version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="72"/>
        <source>Legt de werkagenda vast zoals die nu is, bijvoorbeeld na vaststelling door de bestuurders. Later ziet u precies wat er sindsdien veranderde, en kunt u de werkagenda afdrukken zoals die is vastgesteld.</source>
        <translation>Records the work agenda as it is now, for example after the administrators adopted it. Later you see exactly what changed since, and you can print the work agenda as it was adopted.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="77"/>
        <source>Werkagenda %1</source>
        <translation>Work agenda %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="78"/>
        <source>Naam van de versie</source>
        <translation>Name of the version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="80"/>
        <source>bijvoorbeeld de BST</source>
        <translation>for example the BST</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="81"/>
        <source>Vastgesteld door</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="82"/>
        <source>Datum van vaststelling</source>
        <translation>Date of adoption</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="84"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="85"/>
        <source>Vastgesteld &amp;door</source>
        <translation>Adopted &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="86"/>
        <source>&amp;Op</source>
        <translation>&amp;On</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="53"/>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="53"/>
        <source>Nieuw agendapunt</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="63"/>
        <source>(geen persoon – vrije tekst)</source>
        <translation>(no person – free text)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="68"/>
        <source>Inbreng (vrije tekst)</source>
        <translation>Presenter (free text)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="69"/>
        <source>bijvoorbeeld: trekker thema Preventie</source>
        <translation>for example: lead of theme Prevention</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="77"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="78"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="80"/>
        <source>Vertrouwelijk (niet in de publieksversie)</source>
        <translation>Confidential (not in the public edition)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="84"/>
        <source>Toelichting en voorstel</source>
        <translation>Explanation and proposal</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="99"/>
        <source>Doelen zoeken</source>
        <translation>Search goals</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="100"/>
        <source>Zoek een doel…</source>
        <translation>Find a goal…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="104"/>
        <source>Gekoppelde doelen</source>
        <translation>Linked goals</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="108"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="109"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="110"/>
        <source>Inbrenger</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="112"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="114"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_item_dialog.py" line="115"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="40"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="40"/>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="40"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="41"/>
        <source>Inbrenger</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="41"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="41"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="42"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="42"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="130"/>
        <source>Vertrouwelijk: niet in de publieksversie.</source>
        <translation>Confidential: not in the public edition.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="151"/>
        <source> · vertrouwelijk</source>
        <translation> · confidential</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="167"/>
        <source>1 doel</source>
        <translation>1 goal</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="168"/>
        <source>%1 doelen</source>
        <translation>%1 goals</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="59"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="89"/>
        <source>Punt…</source>
        <translation>Item…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="89"/>
        <source>Agendapunt toevoegen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="90"/>
        <source>Subpunt…</source>
        <translation>Sub-item…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="91"/>
        <source>Subpunt (2a, 2b) onder het gekozen punt</source>
        <translation>Sub-item (2a, 2b) under the chosen item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="92"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="93"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="94"/>
        <source>Omhoog (Ctrl+↑, of sleep het punt)</source>
        <translation>Up (Ctrl+↑, or drag the item)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="95"/>
        <source>Omlaag (Ctrl+↓, of sleep het punt)</source>
        <translation>Down (Ctrl+↓, or drag the item)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="96"/>
        <source>Standaardpunten</source>
        <translation>Standard items</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="97"/>
        <source>Opening, verslag, actielijst, rondvraag en sluiting van dit overleg</source>
        <translation>Opening, minutes, action list, any other business and closing of this body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="98"/>
        <source>Voorstellen…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="99"/>
        <source>Mijlpalen die eraan komen of te laat zijn, en doelen die op oranje of rood sprongen of rood staan</source>
        <translation>Milestones coming up or late, and goals that turned amber or red or are red</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/agenda_tab.py" line="130"/>
        <source>%n minuten gepland</source>
        <translation>
            <numerusform>%n minute planned</numerusform>
            <numerusform>%n minutes planned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="172"/>
        <source>Agendapunt toegevoegd</source>
        <translation>Agenda item added</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="184"/>
        <source>Subpunt</source>
        <translation>Sub-item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="185"/>
        <source>Kies eerst het punt waar het subpunt onder komt.</source>
        <translation>First choose the item the sub-item goes under.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="203"/>
        <source>Agendapunt gewijzigd</source>
        <translation>Agenda item changed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="224"/>
        <source>de titel</source>
        <translation>the title</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="224"/>
        <source>de soort</source>
        <translation>the kind</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="225"/>
        <source>de duur</source>
        <translation>the duration</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="226"/>
        <source>vertrouwelijk</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="226"/>
        <source>de toelichting</source>
        <translation>the notes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="235"/>
        <source>Agendapunt verwijderd</source>
        <translation>Agenda item deleted</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="240"/>
        <source>Agendapunt verplaatst</source>
        <translation>Agenda item moved</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="262"/>
        <source>Standaardpunten toegevoegd</source>
        <translation>Standard items added</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="273"/>
        <source>Voorstellen</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="274"/>
        <source>Geen mijlpalen die voor de volgende vergadering vallen of te laat zijn, en geen doelen die op oranje of rood sprongen of rood staan.</source>
        <translation>No milestones due before the next meeting or late, and no goals that turned amber or red or are red.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="282"/>
        <source>Voorgestelde punten toegevoegd</source>
        <translation>Suggested items added</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/meetings/attachment_list.py" line="27"/>
        <source>Sleep bestanden hierheen om ze toe te voegen; dubbelklik om een bijlage te openen.</source>
        <translation>Drag files here to add them; double-click to open an attachment.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="48"/>
        <source>Reservekopieën van %1</source>
        <translation>Backups of %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="52"/>
        <source>ZorgDesk maakt een reservekopie voor elke migratie, import en terugzetting, en elk half uur zolang er wijzigingen zijn. Ze worden een week lang per dag en twee maanden lang per week bewaard, in:
%1</source>
        <translation>ZorgDesk makes a backup before every migration, import and restore, and every half hour while there are changes. One per day is kept for a week and one per week for two months, in:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="61"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="63"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="63"/>
        <source>Aanleiding</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="63"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="72"/>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="75"/>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="78"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="117"/>
        <source>Geen reservekopie gemaakt</source>
        <translation>No backup made</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="126"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="128"/>
        <source>De werkruimte %1 wordt teruggezet naar de reservekopie van %2. De huidige stand gaat niet verloren: die wordt eerst zelf als reservekopie bewaard. Doorgaan?</source>
        <translation>The workspace %1 will be restored to the backup of %2. The current state is not lost: it is kept as a backup first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/backups_dialog.py" line="142"/>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="86"/>
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="86"/>
        <source>Nieuw overleg</source>
        <translation>New body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="99"/>
        <source>(geen thema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="105"/>
        <source>zoals de bron het zegt: eens per 2 maanden</source>
        <translation>as the source says it: once every 2 months</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="108"/>
        <source>geen vast ritme</source>
        <translation>no fixed rhythm</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="109"/>
        <source>elke </source>
        <translation>every </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="122"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="138"/>
        <location filename="../../ui/meetings/body_dialog.py" line="157"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="139"/>
        <source>Afkorting</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="140"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="141"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="142"/>
        <source>Frequentie</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="143"/>
        <source>Ritme</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="144"/>
        <source>Weekdag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="145"/>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="146"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="147"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="148"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="152"/>
        <source>Opening (één punt per regel)</source>
        <translation>Opening (one item per line)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="153"/>
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="157"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="158"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="167"/>
        <source>Persoon toevoegen…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="173"/>
        <source>Organisatie toevoegen…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="177"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="194"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/body_dialog.py" line="195"/>
        <source>Leden (%n)</source>
        <translation>
            <numerusform>Members (%n)</numerusform>
            <numerusform>Members (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="196"/>
        <source>Standaardpunten</source>
        <translation>Standard items</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../ui/meetings/calendar_model.py" line="82"/>
        <source> (vervallen)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_model.py" line="84"/>
        <source>Let op: leden hebben dan ook een ander overleg.</source>
        <translation>Note: members also have another meeting then.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/calendar_model.py" line="101"/>
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="368"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="368"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="368"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="368"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="369"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="378"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="378"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="383"/>
        <source>Blad {sheet}, rij {row}</source>
        <translation>Sheet {sheet}, row {row}</translation>
    </message>
</context>
<context>
    <name>ChangesSinceDialog</name>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="34"/>
        <source>Wat is er veranderd?</source>
        <translation>What has changed?</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="37"/>
        <location filename="../../ui/goals/changes_dialog.py" line="49"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="40"/>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="45"/>
        <source>Wat er veranderde</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="46"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="51"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="80"/>
        <source>nieuw doel</source>
        <translation>new goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="82"/>
        <source>verkeerslicht %1 → %2</source>
        <translation>traffic light %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="88"/>
        <source>(door %1)</source>
        <translation>(by %1)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="93"/>
        <source>gereed: %1 (%2)</source>
        <translation>done: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/changes_dialog.py" line="97"/>
        <source>te laat: %1 (was %2)</source>
        <translation>late: %1 (was due %2)</translation>
    </message>
</context>
<context>
    <name>CoalitionPanel</name>
    <message>
        <location filename="../../ui/partners/coalition_panel.py" line="53"/>
        <source>Geen organisatie in deze werkruimte hoort bij een coalitie.</source>
        <translation>No organisation in this workspace belongs to a coalition.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/coalition_panel.py" line="57"/>
        <source>%1 sectoren; %2 organisaties in de leidende en %3 in de brede coalitie.</source>
        <translation>%1 sectors; %2 organisations in the leading and %3 in the broad coalition.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="33"/>
        <source>Tegelijk gewijzigd</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="39"/>
        <source>%1 heeft %2 gewijzigd nadat u het opende. Welke versie wilt u bewaren?</source>
        <translation>%1 changed %2 after you opened it. Which version do you want to keep?</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="42"/>
        <source>Iemand anders heeft %2 gewijzigd nadat u het opende. Welke versie wilt u bewaren?</source>
        <translation>Someone else changed %2 after you opened it. Which version do you want to keep?</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="49"/>
        <source>Hun versie</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="49"/>
        <source>Hun versie (alleen lezen)</source>
        <translation>Their version (read only)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="50"/>
        <source>Uw versie</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="50"/>
        <source>Uw versie (alleen lezen)</source>
        <translation>Your version (read only)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="61"/>
        <source>Samengevoegde tekst</source>
        <translation>Combined text</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="65"/>
        <source>Samengevoegd (u kunt dit aanpassen):</source>
        <translation>Combined (you can edit this):</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="69"/>
        <source>&amp;Hun versie houden</source>
        <translation>Keep &amp;their version</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="70"/>
        <source>&amp;Mijn versie houden</source>
        <translation>Keep &amp;my version</translation>
    </message>
    <message>
        <location filename="../../ui/kit/conflict_dialog.py" line="71"/>
        <source>&amp;Samengevoegd bewaren</source>
        <translation>&amp;Save combined</translation>
    </message>
</context>
<context>
    <name>CostSplitDialog</name>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="40"/>
        <source>Kosten verdelen</source>
        <translation>Split costs</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="45"/>
        <source>bijvoorbeeld 115.000</source>
        <translation>for example 115.000</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="48"/>
        <source>al gedekt, bijvoorbeeld 40.000 + 10.000</source>
        <translation>already covered, for example 40.000 + 10.000</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="49"/>
        <source>naar inwoners</source>
        <translation>by inhabitants</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="50"/>
        <source>gelijk</source>
        <translation>equally</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="51"/>
        <source>vaste aandelen</source>
        <translation>fixed shares</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="62"/>
        <source>elk jaar</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="65"/>
        <source>beoogd</source>
        <translation>intended</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="66"/>
        <source>toegezegd</source>
        <translation>committed</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="67"/>
        <source>Kostenverdeling</source>
        <translation>Cost split</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="71"/>
        <source>Verdeling per organisatie</source>
        <translation>Split per organisation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="72"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="72"/>
        <source>Inwoners</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="73"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="73"/>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="97"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="98"/>
        <source>Waarvan al gedekt</source>
        <translation>Already covered</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="99"/>
        <source>Verdelen</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="100"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="101"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="102"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="154"/>
        <source>%1 verdeeld over %2 organisaties, tot op de euro.</source>
        <translation>%1 split over %2 organisations, to the euro.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/kit/date_field.py" line="45"/>
        <source>bijv. 15-12-2026 of 15 dec</source>
        <translation>e.g. 15-12-2026 or 15 Dec</translation>
    </message>
    <message>
        <location filename="../../ui/kit/date_field.py" line="48"/>
        <source>Kies een datum in de kalender</source>
        <translation>Pick a date in the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/kit/date_field.py" line="53"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/kit/date_field.py" line="76"/>
        <source>%1: kalender</source>
        <translation>%1: calendar</translation>
    </message>
    <message>
        <location filename="../../ui/kit/date_field.py" line="122"/>
        <source>Typ een datum (15-12-2026, 15-12, 15 dec) of kies er een met de knop</source>
        <translation>Type a date (15-12-2026, 15-12, 15 Dec) or pick one with the button</translation>
    </message>
</context>
<context>
    <name>DecisionListModel</name>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="115"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="116"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="117"/>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="121"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="123"/>
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="75"/>
        <source>Zoeken in de lijst</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="76"/>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="81"/>
        <source>Waarbij betrokken</source>
        <translation>Involved in</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="124"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../ui/kit/error_hook.py" line="96"/>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <location filename="../../ui/kit/error_hook.py" line="98"/>
        <source>Er ging iets mis dat ZorgDesk niet verwachtte. De laatste handeling is mogelijk niet uitgevoerd; wat al was opgeslagen, blijft bewaard. ZorgDesk blijft open, u kunt gewoon verder werken.

De details staan in het logbestand:
%1

Stuur dat bestand mee als u het probleem meldt.</source>
        <translation>Something went wrong that ZorgDesk did not expect. The last action may not have been carried out; what was already saved is kept. ZorgDesk stays open and you can carry on working.

The details are in the log file:
%1

Please send that file along when you report the problem.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/error_hook.py" line="105"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FundingLineDialog</name>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="49"/>
        <location filename="../../ui/partners/funding_panel.py" line="90"/>
        <source>Financieringsregel</source>
        <translation>Funding line</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="54"/>
        <source>(geen organisatie)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="58"/>
        <source>Hele werkagenda</source>
        <translation>Whole work agenda</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="63"/>
        <source>bijvoorbeeld 7.300 of 7.300,50</source>
        <translation>for example 7.300 or 7.300,50</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="66"/>
        <source>elk jaar</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="69"/>
        <source>toegezegd</source>
        <translation>committed</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="70"/>
        <source>beoogd</source>
        <translation>intended</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="77"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="78"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="79"/>
        <source>Bedrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="80"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="81"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="82"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="36"/>
        <source>toegezegd</source>
        <translation>committed</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="37"/>
        <source>beoogd</source>
        <translation>intended</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="107"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="108"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="108"/>
        <source>hele werkagenda</source>
        <translation>whole work agenda</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="110"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="110"/>
        <location filename="../../ui/partners/funding_panel.py" line="158"/>
        <source>elk jaar</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="111"/>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="113"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="118"/>
        <source>Financieringsregels</source>
        <translation>Funding lines</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="135"/>
        <source>Nieuwe regel…</source>
        <translation>New line…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="136"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="137"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="138"/>
        <source>Kosten verdelen…</source>
        <translation>Split costs…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="157"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="157"/>
        <source>Per jaar</source>
        <translation>Per year</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="157"/>
        <source>Per bron</source>
        <translation>Per source</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="158"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="178"/>
        <source>Financieringsregel toegevoegd</source>
        <translation>Funding line added</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="194"/>
        <source>Financieringsregel gewijzigd</source>
        <translation>Funding line changed</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="204"/>
        <source>Financiering verwijderd</source>
        <translation>Funding deleted</translation>
    </message>
    <message>
        <location filename="../../ui/partners/funding_panel.py" line="216"/>
        <source>Kosten verdeeld</source>
        <translation>Costs split</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="47"/>
        <source>ambitie</source>
        <translation>ambition</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="48"/>
        <source>strategisch</source>
        <translation>strategic</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="49"/>
        <source>operationeel</source>
        <translation>operational</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="50"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="98"/>
        <source>Code van het doel</source>
        <translation>Goal code</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="106"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="109"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="115"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="119"/>
        <location filename="../../ui/goals/goal_editor.py" line="128"/>
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="121"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="122"/>
        <source>nader te bepalen</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="132"/>
        <source>bijvoorbeeld: Inwonersparticipatie, Digitalisering</source>
        <translation>for example: Citizen participation, Digitalisation</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="133"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="136"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="141"/>
        <source>Tekst van het doel</source>
        <translation>Goal text</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="145"/>
        <source>Vet (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="146"/>
        <source>Cursief (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="147"/>
        <source>Opsomming</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="162"/>
        <source>Projectkaart</source>
        <translation>Project card</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="163"/>
        <source>Omschrijving, doelstelling, scope, budget, planning, governance en naslag, zoals de projectkaarten van Noord-Limburg</source>
        <translation>Description, objective, scope, budget, planning, governance and references, like the Noord-Limburg project cards</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="185"/>
        <source>Transformatieprogramma&apos;s van het doel</source>
        <translation>Transformation programmes of the goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="187"/>
        <source>Transformatieprogramma&apos;s</source>
        <translation>Transformation programmes</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="191"/>
        <source>Partners en rollen (te wijzigen op de pagina Partners)</source>
        <translation>Partners and roles (changed on the Partners page)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="198"/>
        <source>Interne notitie (niet in de publieksversie)</source>
        <translation>Internal note (not in the public edition)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="202"/>
        <source>Interne notitie bij het doel</source>
        <translation>Internal note on the goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="223"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="223"/>
        <source>Doelstelling</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="224"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="224"/>
        <source>Budget en capaciteit</source>
        <translation>Budget and capacity</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="225"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="225"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="226"/>
        <source>Naslag</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="290"/>
        <source>Laatst gewijzigd door %1 op %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="384"/>
        <source>het veld %1</source>
        <translation>the field %1</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="386"/>
        <source>de code</source>
        <translation>the code</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="386"/>
        <source>de titel</source>
        <translation>the title</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="387"/>
        <source>de doeltekst</source>
        <translation>the goal text</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="387"/>
        <source>de interne notitie</source>
        <translation>the internal note</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="388"/>
        <source>het niveau</source>
        <translation>the level</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="388"/>
        <location filename="../../ui/goals/goal_editor.py" line="389"/>
        <source>het streefjaar</source>
        <translation>the target year</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="394"/>
        <source>Code gewijzigd</source>
        <translation>Code changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="398"/>
        <source>Titel gewijzigd</source>
        <translation>Title changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="402"/>
        <source>Niveau gewijzigd</source>
        <translation>Level changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="411"/>
        <source>Streefjaar gewijzigd</source>
        <translation>Target year changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="419"/>
        <source>Doeltekst gewijzigd</source>
        <translation>Goal text changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="427"/>
        <source>Interne notitie gewijzigd</source>
        <translation>Internal note changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="435"/>
        <source>Projectkaart gewijzigd: %1</source>
        <translation>Project card changed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="446"/>
        <source>Labels gewijzigd</source>
        <translation>Labels changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/goal_editor.py" line="458"/>
        <source>Programma&apos;s gewijzigd</source>
        <translation>Programmes changed</translation>
    </message>
</context>
<context>
    <name>GoalFilterBar</name>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="18"/>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="20"/>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="21"/>
        <source>Alle labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="22"/>
        <source>Elk verkeerslicht</source>
        <translation>Any traffic light</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="23"/>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="23"/>
        <source>oranje</source>
        <translation>amber</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="24"/>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="24"/>
        <source>nog geen licht</source>
        <translation>no light yet</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="28"/>
        <source>Doelen zoeken</source>
        <translation>Search goals</translation>
    </message>
    <message>
        <location filename="../../ui/kit/goal_filter_bar.py" line="29"/>
        <source>Zoek op code, titel of trekker (Ctrl+F)…</source>
        <translation>Search by code, title or lead (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <location filename="../../ui/goals/tree_model.py" line="58"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/tree_model.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/goals/tree_model.py" line="59"/>
        <source>Trekker</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/goals/tree_model.py" line="59"/>
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../ui/goals/tree_model.py" line="65"/>
        <source>Overkoepelende doelen</source>
        <translation>Overarching goals</translation>
    </message>
    <message>
        <location filename="../../ui/goals/tree_model.py" line="157"/>
        <source>nader te bepalen</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <location filename="../../ui/goals/tree_model.py" line="166"/>
        <source>Valt onder: %1</source>
        <translation>Falls under: %1</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/goals/page.py" line="90"/>
        <source>Doelenboom</source>
        <translation>Goal tree</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="113"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="114"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="115"/>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="121"/>
        <location filename="../../ui/goals/page.py" line="293"/>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="122"/>
        <source>Subdoel</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="123"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="124"/>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="125"/>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="126"/>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="127"/>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="128"/>
        <source>Codes hernummeren…</source>
        <translation>Renumber codes…</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="129"/>
        <source>Wat is er veranderd…</source>
        <translation>What has changed…</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="147"/>
        <source>Meer</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="148"/>
        <source>Meer acties voor doelen</source>
        <translation>More actions for goals</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="155"/>
        <source>Omhoog (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="156"/>
        <source>Omlaag (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="157"/>
        <source>Een niveau hoger (Alt+←)</source>
        <translation>One level up (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="159"/>
        <source>Onder het doel erboven (Alt+→)</source>
        <translation>Under the goal above (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="165"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="292"/>
        <source>Doel toegevoegd</source>
        <translation>Goal added</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="308"/>
        <source>Doel hernoemd</source>
        <translation>Goal renamed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="321"/>
        <source>1 subdoel</source>
        <translation>1 sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="321"/>
        <source>%1 subdoelen</source>
        <translation>%1 sub-goals</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="322"/>
        <source>1 mijlpaal</source>
        <translation>1 milestone</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="322"/>
        <source>%1 mijlpalen</source>
        <translation>%1 milestones</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="323"/>
        <source>1 voortgangsrapportage</source>
        <translation>1 progress report</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="324"/>
        <source>%1 voortgangsrapportages</source>
        <translation>%1 progress reports</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="325"/>
        <source>1 indicator</source>
        <translation>1 indicator</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="325"/>
        <source>%1 indicatoren</source>
        <translation>%1 indicators</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="326"/>
        <source>1 rol van een partner</source>
        <translation>1 partner role</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="326"/>
        <source>%1 rollen van partners</source>
        <translation>%1 partner roles</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="327"/>
        <source>1 financieringsregel</source>
        <translation>1 funding line</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="328"/>
        <source>%1 financieringsregels</source>
        <translation>%1 funding lines</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="330"/>
        <source>Het doel „%1” verwijderen?</source>
        <translation>Delete the goal “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="332"/>
        <source>Dit gaat mee: %1.</source>
        <translation>This goes along: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="333"/>
        <source>Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="334"/>
        <source>Doel verwijderen</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="337"/>
        <source>Doel verwijderd</source>
        <translation>Goal deleted</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="343"/>
        <source>Doel verplaatst</source>
        <translation>Goal moved</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="391"/>
        <location filename="../../ui/goals/page.py" line="396"/>
        <source>Codes hernummeren</source>
        <translation>Renumber codes</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="392"/>
        <source>De codes onder „%1” lopen al op volgorde.</source>
        <translation>The codes under “%1” are already in order.</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="397"/>
        <source>De codes van de doelen direct onder „%1” opnieuw nummeren in de volgorde van de boom? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Renumber the codes of the goals directly under “%1” in the order of the tree? Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="401"/>
        <source>Codes hernummerd</source>
        <translation>Codes renumbered</translation>
    </message>
    <message>
        <location filename="../../ui/goals/page.py" line="414"/>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="50"/>
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="50"/>
        <source>Gast wijzigen</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="52"/>
        <source>Naam van de gast</source>
        <translation>Guest&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="54"/>
        <source>Organisatie van de gast</source>
        <translation>Guest&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="56"/>
        <source>Functie van de gast</source>
        <translation>Guest&apos;s function</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="57"/>
        <location filename="../../ui/meetings/minutes_cycle.py" line="59"/>
        <source>Naam mag in de publieksversie</source>
        <translation>Name may appear in the public version</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="61"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="62"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="63"/>
        <source>&amp;Functie</source>
        <translation>&amp;Function</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="84"/>
        <location filename="../../ui/tables/import_wizard.py" line="85"/>
        <source>Importeren uit Excel of CSV</source>
        <translation>Import from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="88"/>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="121"/>
        <source>Import uit {name}: {added} nieuw, {changed} gewijzigd</source>
        <translation>Import from {name}: {added} new, {changed} changed</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="55"/>
        <location filename="../../ui/goals/indicator_panel.py" line="86"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="60"/>
        <source>bijvoorbeeld: %, aantal, inwoners</source>
        <translation>for example: %, number, inhabitants</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="65"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="68"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="69"/>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="70"/>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="71"/>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="72"/>
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="127"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="128"/>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="129"/>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="130"/>
        <source>Laatste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="132"/>
        <source>Streef</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="133"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="138"/>
        <source>Indicatoren van het doel</source>
        <translation>Indicators of the goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="150"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="151"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="152"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="157"/>
        <source>Metingen van de indicator</source>
        <translation>Measurements of the indicator</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="170"/>
        <source>Nieuwe indicator…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="172"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="173"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="181"/>
        <source>Meting toevoegen…</source>
        <translation>Add measurement…</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="183"/>
        <source>Meting verwijderen</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="223"/>
        <source>Nog geen metingen.</source>
        <translation>No measurements yet.</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="247"/>
        <source>Indicator toegevoegd</source>
        <translation>Indicator added</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="262"/>
        <source>Indicator gewijzigd</source>
        <translation>Indicator changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="272"/>
        <source>Indicator verwijderen</source>
        <translation>Delete indicator</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/goals/indicator_panel.py" line="273"/>
        <source>%1 met %n meting(en) verwijderen? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %1 with %n measurement? Ctrl+Z undoes this.</numerusform>
            <numerusform>Delete %1 with %n measurements? Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="278"/>
        <source>Indicator verwijderd</source>
        <translation>Indicator deleted</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="291"/>
        <source>Meting toegevoegd</source>
        <translation>Measurement added</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="303"/>
        <source>Meting verwijderd</source>
        <translation>Measurement deleted</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="43"/>
        <location filename="../../ui/meetings/invitation_dialog.py" line="100"/>
        <location filename="../../ui/meetings/invitation_dialog.py" line="116"/>
        <source>Uitnodiging maken</source>
        <translation>Make invitation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="44"/>
        <source>ZorgDesk maakt een concept-e-mail voor %1 met tijd, plaats en agenda, de stukken en een agendaverzoek. U opent die in Outlook of Thunderbird en verstuurt hem zelf.</source>
        <translation>ZorgDesk makes a draft e-mail for %1 with time, place and agenda, the documents and a calendar request. You open it in Outlook or Thunderbird and send it yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="49"/>
        <source>Alleen de &amp;agenda bijvoegen</source>
        <translation>Attach the &amp;agenda only</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="50"/>
        <source>Alleen de agenda bijvoegen</source>
        <translation>Attach the agenda only</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="51"/>
        <source>De hele &amp;vergaderset bijvoegen</source>
        <translation>Attach the whole &amp;meeting pack</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="52"/>
        <source>De hele vergaderset bijvoegen</source>
        <translation>Attach the whole meeting pack</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="57"/>
        <source>&amp;Publieksversie (zonder vertrouwelijke punten en namen)</source>
        <translation>&amp;Public version (without confidential items and names)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="59"/>
        <source>Publieksversie bijvoegen</source>
        <translation>Attach the public version</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="88"/>
        <source>Uitnodiging opslaan</source>
        <translation>Save invitation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="89"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="110"/>
        <source>De uitnodiging staat klaar in %1. Open het bestand om het in uw e-mailprogramma te versturen.</source>
        <translation>The invitation is ready in %1. Open the file to send it from your e-mail program.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="113"/>
        <source>Zonder e-mailadres, voeg zelf toe: %1</source>
        <translation>Without an e-mail address, add them yourself: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/invitation_dialog.py" line="118"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ItemAttachments</name>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="40"/>
        <location filename="../../ui/meetings/agenda_attachments.py" line="45"/>
        <source>Bijlagen bij het gekozen punt</source>
        <translation>Attachments of the chosen item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="49"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="50"/>
        <source>Eén of meer bestanden; slepen kan ook</source>
        <translation>One or more files; dragging works too</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="51"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="52"/>
        <source>Openen met het programma van het systeem</source>
        <translation>Open with the system&apos;s program</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="53"/>
        <source>Vervangen…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="54"/>
        <source>Een nieuwe versie van de gekozen bijlage</source>
        <translation>A new version of the chosen attachment</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="55"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="56"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="87"/>
        <source>Bijlagen toevoegen</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="95"/>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="96"/>
        <source>Kies eerst het agendapunt voor de bijlage.</source>
        <translation>First choose the agenda item for the attachment.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="102"/>
        <source>Bijlage toegevoegd</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="103"/>
        <source>%1 bijlagen toegevoegd</source>
        <translation>%1 attachments added</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="122"/>
        <source>Nieuwe versie van de bijlage</source>
        <translation>New version of the attachment</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="128"/>
        <source>Bijlage vervangen</source>
        <translation>Attachment replaced</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="138"/>
        <source>Bijlage opslaan</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_attachments.py" line="151"/>
        <source>Bijlage verwijderd</source>
        <translation>Attachment deleted</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Werkagenda Drents Zorglandschap</source>
        <translation>Work agenda Drenthe care landscape</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Regioplan IZA Drenthe</source>
        <translation>IZA regional plan Drenthe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Samenwerkingsagenda Noord-Limburg &amp; VGZ</source>
        <translation>Collaboration agenda Noord-Limburg &amp; VGZ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>ZorgDesk-werkruimtes (*.zorgdesk);;Alle bestanden (*)</source>
        <translation>ZorgDesk workspaces (*.zorgdesk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Werkruimte</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Nieuwe werkruimte…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Openen van &amp;server…</source>
        <translation>Open from &amp;server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Recent geopend</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;Voorbeeld openen</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Kopie opslaan als…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Reservekopieën…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Vastgestelde versies…</source>
        <translation>&amp;Adopted versions…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Samenvoegen &amp;met…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>&amp;Wijzigingen versturen…</source>
        <translation>Send &amp;changes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Off&amp;line meenemen…</source>
        <translation>Take off&amp;line…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>S&amp;ynchroniseren</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Automatisch synchroniseren</source>
        <translation>Synchronise automatically</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Importeren uit Excel of CSV…</source>
        <translation>&amp;Import from Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Exporteren naar Excel</source>
        <translation>&amp;Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>&amp;Taal / Language</source>
        <translation>&amp;Language / Taal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;Over ZorgDesk</source>
        <translation>&amp;About ZorgDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Alle wijzigingen zijn opgeslagen (%1)</source>
        <translation>All changes are saved (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Taal / Language</source>
        <translation>Language / Taal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>{name} (alleen lezen)</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Geen werkruimte</source>
        <translation>No workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Werkruimte niet geopend</source>
        <translation>Workspace not opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Werkruimte openen</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Nieuwe werkruimte</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Werkruimte niet gemaakt</source>
        <translation>Workspace not created</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Voorbeeld niet geopend</source>
        <translation>Sample not opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Kopie opslaan als</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Kopie niet opgeslagen</source>
        <translation>Copy not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Kopie opgeslagen: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Over ZorgDesk</source>
        <translation>About ZorgDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>ZorgDesk %1</source>
        <translation>ZorgDesk %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>De werkagenda van een regionale zorgsamenwerking, volledig offline.</source>
        <translation>The work agenda of a regional care collaboration, fully offline.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>Licentie: eigendom van de uitgever. Lettertypen: DejaVu (vrije licentie).</source>
        <translation>Licence: proprietary to the publisher. Fonts: DejaVu (free licence).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="552"/>
        <source>Gegevens: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="553"/>
        <source>Logboek: %1</source>
        <translation>Log: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="222"/>
        <source>Welke kolom is wat?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="224"/>
        <source>Herkende kolommen zijn al gekozen. Kolommen op &apos;(niet inlezen)&apos; blijven ongemoeid; een lege cel in een gekozen kolom maakt het veld leeg.</source>
        <translation>Recognised columns are already chosen. Fields set to &apos;(do not import)&apos; stay as they are; an empty cell in a chosen column empties the field.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="228"/>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="231"/>
        <source>Rij met kolomkoppen</source>
        <translation>Row with column headers</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="239"/>
        <source>Inhoud van het blad</source>
        <translation>Contents of the sheet</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="253"/>
        <source>B&amp;lad:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="254"/>
        <source>&amp;Kolomkoppen in rij:</source>
        <translation>&amp;Column headers in row:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="312"/>
        <source>Kolom voor {field}</source>
        <translation>Column for {field}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="313"/>
        <source>(niet inlezen)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="323"/>
        <source>Het blad {sheet} wordt meegelezen als mijlpalen van deze doelen.</source>
        <translation>The sheet {sheet} is read along as the milestones of these goals.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/partners/matrix_view.py" line="41"/>
        <source>Partnermatrix: rollen per doel en organisatie</source>
        <translation>Partner matrix: roles per goal and organisation</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="94"/>
        <location filename="../../ui/goals/indicator_panel.py" line="113"/>
        <source>Meting</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="95"/>
        <location filename="../../ui/goals/indicator_panel.py" line="101"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="98"/>
        <source>bijvoorbeeld 1.234,5</source>
        <translation>for example 1.234,5</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="102"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/goals/indicator_panel.py" line="103"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="61"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="62"/>
        <source>Datum, tijd, locatie of vervallen</source>
        <translation>Date, time, location or cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="63"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="65"/>
        <source>Uitnodiging maken…</source>
        <translation>Make invitation…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="66"/>
        <source>Concept-e-mail met agenda, stukken en agendaverzoek, voor Outlook of Thunderbird</source>
        <translation>Draft e-mail with agenda, documents and calendar request, for Outlook or Thunderbird</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="68"/>
        <source>Uitnodiging maken</source>
        <translation>Make invitation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="69"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="70"/>
        <source>Documenten van deze vergadering</source>
        <translation>Documents of this meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="71"/>
        <source>Agenda, vergaderset of verslag als PDF opslaan, met een naam die zegt wat het is</source>
        <translation>Save the agenda, meeting pack or minutes as PDF, under a name that says what it is</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="90"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="91"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="92"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="94"/>
        <source>Kies een vergadering in de lijst of in de jaarkalender.</source>
        <translation>Choose a meeting in the list or in the year calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="172"/>
        <source>Notulen bijgewerkt</source>
        <translation>Minutes updated</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/meeting_detail.py" line="193"/>
        <source>Acties (%n open)</source>
        <translation>
            <numerusform>Actions (%n open)</numerusform>
            <numerusform>Actions (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="208"/>
        <source>Deze vergadering is vervallen.</source>
        <translation>This meeting is cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="210"/>
        <source>De begintijd is nog niet bekend: de agenda krijgt kloktijden zodra die is ingevuld (Wijzigen…).</source>
        <translation>The start time is not known yet: the agenda gets clock times once it is filled in (Change…).</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="214"/>
        <source>Tegelijk met: %1.</source>
        <translation>At the same time as: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/meeting_detail.py" line="216"/>
        <source>De agenda loopt %n minuten uit.</source>
        <translation>
            <numerusform>The agenda overruns by %n minute.</numerusform>
            <numerusform>The agenda overruns by %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="235"/>
        <source>Vergadering gewijzigd</source>
        <translation>Meeting changed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="244"/>
        <source>Vergadering verwijderen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="245"/>
        <source>De vergadering van %1 met agenda, notulen en besluiten verwijderen? Acties blijven op de actielijst. Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Delete the meeting of %1 with its agenda, minutes and decisions? Actions stay on the action list. Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_detail.py" line="252"/>
        <source>Vergadering verwijderd</source>
        <translation>Meeting deleted</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="90"/>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="90"/>
        <source>Nieuwe vergadering</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="112"/>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="131"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="113"/>
        <source>Tijd nog niet bekend</source>
        <translation>Time not known yet</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="126"/>
        <source>leeg: de naam van het overleg</source>
        <translation>empty: the name of the body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="127"/>
        <source>Vervallen</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="130"/>
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="133"/>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="134"/>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="135"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="136"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="22"/>
        <source>Agenda opslaan als PDF…</source>
        <translation>Save agenda as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="23"/>
        <source>Agenda (publiek) opslaan als PDF…</source>
        <translation>Save agenda (public) as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="24"/>
        <source>Vergaderset opslaan als PDF…</source>
        <translation>Save meeting pack as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="26"/>
        <source>Vergaderset (publiek) opslaan als PDF…</source>
        <translation>Save meeting pack (public) as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="27"/>
        <source>Verslag opslaan als PDF…</source>
        <translation>Save minutes as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="28"/>
        <source>Verslag (publiek) opslaan als PDF…</source>
        <translation>Save minutes (public) as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="51"/>
        <location filename="../../ui/meetings/meeting_documents.py" line="69"/>
        <location filename="../../ui/meetings/meeting_documents.py" line="73"/>
        <source>Document opslaan</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="52"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_documents.py" line="74"/>
        <source>Opslaan lukte niet: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="37"/>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="38"/>
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="39"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="40"/>
        <source> (vervallen)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="41"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="42"/>
        <source>Punten</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="44"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings/page.py" line="91"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="93"/>
        <source>Jaar </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="97"/>
        <source>Nieuw overleg…</source>
        <translation>New body…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="98"/>
        <source>Overleg wijzigen…</source>
        <translation>Change body…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="99"/>
        <source>Overleg verwijderen…</source>
        <translation>Delete body…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="101"/>
        <location filename="../../ui/meetings/page.py" line="456"/>
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="104"/>
        <source>Jaar plannen…</source>
        <translation>Plan a year…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="105"/>
        <source>Een jaar vergaderingen maken uit het ritme van het overleg</source>
        <translation>Make a year of meetings from the body&apos;s rhythm</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="107"/>
        <source>Nieuwe vergadering…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="109"/>
        <source>Agenda-export (.ics)…</source>
        <translation>Calendar export (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="110"/>
        <source>De vergaderingen als iCalendar-bestand voor Outlook</source>
        <translation>The meetings as an iCalendar file for Outlook</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="121"/>
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="131"/>
        <source>Jaarkalender</source>
        <translation>Year calendar</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="132"/>
        <location filename="../../ui/meetings/page.py" line="180"/>
        <source>Vergaderingen</source>
        <translation>Meeting list</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="133"/>
        <location filename="../../ui/meetings/page.py" line="215"/>
        <source>Besluitenlijst</source>
        <translation>Decision list</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="134"/>
        <location filename="../../ui/meetings/page.py" line="248"/>
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="150"/>
        <source>Jaarkalender van de vergaderingen</source>
        <translation>Year calendar of the meetings</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="165"/>
        <source>Dubbelklik op een datum om de vergadering te openen, of op een lege maand voor een nieuwe. Oranje: leden hebben dan ook een ander overleg. Doorgestreept: vervallen.</source>
        <translation>Double-click a date to open the meeting, or an empty month for a new one. Orange: members also have another meeting then. Struck through: cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="207"/>
        <source>Besluiten zoeken</source>
        <translation>Search decisions</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="209"/>
        <source>Zoek in besluiten (nummer, tekst, agendapunt)…</source>
        <translation>Search decisions (number, text, agenda item)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="240"/>
        <source>Acties zoeken</source>
        <translation>Search actions</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="241"/>
        <source>Zoek in acties (tekst, wie)…</source>
        <translation>Search actions (text, who)…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="244"/>
        <source>Ook afgeronde acties</source>
        <translation>Also finished actions</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="255"/>
        <source>Naar vergadering</source>
        <translation>Go to meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="281"/>
        <source>Alle overleggen</source>
        <translation>All bodies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/page.py" line="313"/>
        <source>⚠ %n keer hebben leden in %1 twee overleggen tegelijk</source>
        <translation>
            <numerusform>⚠ %n time in %1 members have two meetings at once</numerusform>
            <numerusform>⚠ %n times in %1 members have two meetings at once</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="364"/>
        <source>1 besluit in %1</source>
        <translation>1 decision in %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="365"/>
        <source>%2 besluiten in %1</source>
        <translation>%2 decisions in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/page.py" line="374"/>
        <source>%n actie(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/page.py" line="375"/>
        <source>, waarvan %n over de datum</source>
        <translation>
            <numerusform>, %n of them overdue</numerusform>
            <numerusform>, %n of them overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="423"/>
        <source>Overleggen tegelijk</source>
        <translation>Meetings at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="445"/>
        <source>Overleg toegevoegd</source>
        <translation>Body added</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="457"/>
        <source>Kies eerst een overleg bovenaan.</source>
        <translation>First choose a body at the top.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="463"/>
        <source>Overleg gewijzigd</source>
        <translation>Body changed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="472"/>
        <source>Overleg verwijderen</source>
        <translation>Delete body</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/page.py" line="473"/>
        <source>%1 verwijderen, met alle %n vergadering(en)? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %1 with its %n meeting? Ctrl+Z undoes this.</numerusform>
            <numerusform>Delete %1 with all %n meetings? Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="479"/>
        <source>Overleg verwijderd</source>
        <translation>Body deleted</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="487"/>
        <location filename="../../ui/meetings/page.py" line="505"/>
        <source>Jaar plannen</source>
        <translation>Plan a year</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="488"/>
        <location filename="../../ui/meetings/page.py" line="515"/>
        <source>Maak eerst een overleg (Overleg › Nieuw overleg).</source>
        <translation>First make a body (Body › New body).</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="499"/>
        <source>Jaar gepland</source>
        <translation>Year planned</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="506"/>
        <source>Er is niets gepland: in die maanden vergadert dit overleg al.</source>
        <translation>Nothing was planned: this body already meets in those months.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="514"/>
        <source>Nieuwe vergadering</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="526"/>
        <source>Vergadering toegevoegd</source>
        <translation>Meeting added</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="541"/>
        <source>Vergaderingen exporteren</source>
        <translation>Export meetings</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="542"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="552"/>
        <location filename="../../ui/meetings/page.py" line="556"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/page.py" line="557"/>
        <source>%n vergadering(en) geschreven naar %1. Open het bestand in Outlook om ze in de agenda te zetten.</source>
        <translation>
            <numerusform>%n meeting written to %1. Open the file in Outlook to put it in your calendar.</numerusform>
            <numerusform>%n meetings written to %1. Open the file in Outlook to put them in your calendar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="566"/>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="24"/>
        <source>ZorgDesk-werkruimtes en wijzigingen (*.zorgdesk *.zdwijzigingen);;Alle bestanden (*)</source>
        <translation>ZorgDesk workspaces and changes (*.zorgdesk *.zdwijzigingen);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="33"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="33"/>
        <source>Een serverwerkruimte heeft één gedeelde versie; samenvoegen is voor kopieën op laptops. Download een kopie om offline te werken.</source>
        <translation>A server workspace has one shared version; merging is for copies on laptops. Download a copy to work offline.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="45"/>
        <source>Samenvoegen met</source>
        <translation>Merge with</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="60"/>
        <source>Samenvoegen met %1</source>
        <translation>Merge with %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="67"/>
        <source>%1 brengt niets nieuws mee: uw werkruimte heeft alles al.</source>
        <translation>%1 brings nothing new: your workspace already has everything.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="82"/>
        <source>Samengevoegd met %1: %2 wijzigingen, %3 conflicten beslist; er is eerst een reservekopie gemaakt.</source>
        <translation>Merged with %1: %2 changes, %3 conflicts decided; a backup was made first.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="93"/>
        <location filename="../../ui/workspace/merge_actions.py" line="115"/>
        <source>Wijzigingen versturen</source>
        <translation>Send changes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="93"/>
        <source>Voor wie zijn de wijzigingen? (ZorgDesk onthoudt per collega wat al verstuurd is.)</source>
        <translation>Who are the changes for? (ZorgDesk remembers per colleague what was already sent.)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="100"/>
        <source>Wijzigingen opslaan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_actions.py" line="119"/>
        <source>%1 wijzigingen voor %2 opgeslagen in %3 (%4 kB); stuur dat bestand mee.</source>
        <translation>%1 changes for %2 saved in %3 (%4 kB); send that file along.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="39"/>
        <source>Samenvoegen met %1</source>
        <translation>Merge with %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="45"/>
        <source>Uit %1 gaat 1 wijziging vanzelf samen.</source>
        <translation>From %1, 1 change merges by itself.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="46"/>
        <source>Uit %1 gaan %2 wijzigingen vanzelf samen.</source>
        <translation>From %1, %2 changes merge by themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="50"/>
        <source>Bij 1 onderdeel is aan beide kanten iets anders gewijzigd</source>
        <translation>1 item was changed differently on both sides</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="52"/>
        <source>Bij %1 onderdelen is aan beide kanten iets anders gewijzigd</source>
        <translation>%1 items were changed differently on both sides</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="54"/>
        <source>: kies per regel welke versie blijft (M mijn versie, H hun versie, B beide).</source>
        <translation>: choose per line which version stays (M my version, H their version, B both).</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="63"/>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="65"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="65"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="65"/>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="65"/>
        <source>Hun versie</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="66"/>
        <source>Blijft</source>
        <translation>Stays</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="95"/>
        <source>Alles &amp;mijn versie</source>
        <translation>All &amp;my version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="96"/>
        <source>Alles &amp;hun versie</source>
        <translation>All t&amp;heir version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="104"/>
        <source>Vóór het samenvoegen maakt ZorgDesk een gecontroleerde reservekopie; het samenvoegen is één stap die u ongedaan kunt maken.</source>
        <translation>Before merging, ZorgDesk makes a verified backup; the merge is one step you can undo.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="113"/>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="114"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="116"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="126"/>
        <source>mijn versie</source>
        <translation>my version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="126"/>
        <source>hun versie</source>
        <translation>their version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/merge_dialog.py" line="127"/>
        <source>beide</source>
        <translation>both</translation>
    </message>
</context>
<context>
    <name>MergeReview</name>
    <message>
        <location filename="../../services/sync/review.py" line="18"/>
        <source>thema&apos;s</source>
        <translation>themes</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="19"/>
        <source>doelen</source>
        <translation>goals</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="20"/>
        <source>mijlpalen</source>
        <translation>milestones</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="21"/>
        <source>jaarmarkeringen</source>
        <translation>year marks</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="22"/>
        <source>voortgangsrapportages</source>
        <translation>progress reports</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="23"/>
        <source>indicatoren</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="24"/>
        <source>metingen</source>
        <translation>measurements</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="25"/>
        <source>transformatieprogramma&apos;s</source>
        <translation>transformation programmes</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="26"/>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="27"/>
        <source>organisaties</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="28"/>
        <source>personen</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="29"/>
        <source>rollen</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="30"/>
        <source>financieringsregels</source>
        <translation>funding lines</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="31"/>
        <source>overleggen</source>
        <translation>bodies</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="32"/>
        <source>leden van overleggen</source>
        <translation>body members</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="33"/>
        <source>vergaderingen</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="34"/>
        <source>agendapunten</source>
        <translation>agenda items</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="35"/>
        <source>besluiten</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="36"/>
        <source>actiepunten</source>
        <translation>action items</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="37"/>
        <source>bijlagen</source>
        <translation>attachments</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="38"/>
        <source>initiatieven</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="41"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="42"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="43"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="44"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="45"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="46"/>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="47"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="48"/>
        <source>toelichting</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="49"/>
        <source>verslag</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="50"/>
        <source>resultaten</source>
        <translation>results</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="51"/>
        <source>aandachtspunten</source>
        <translation>points of attention</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="52"/>
        <source>verkeerslicht</source>
        <translation>traffic light</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="53"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="54"/>
        <source>bedrag</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="55"/>
        <source>nummer</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="56"/>
        <source>volgorde</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="57"/>
        <source>plaats in de boom</source>
        <translation>place in the tree</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="58"/>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="59"/>
        <source>begin</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="60"/>
        <source>plaats</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="61"/>
        <source>interne notitie</source>
        <translation>internal note</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="62"/>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="63"/>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="64"/>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="65"/>
        <source>precisie</source>
        <translation>precision</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="84"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="128"/>
        <source>gewijzigd tegenover verwijderd</source>
        <translation>changed versus deleted</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="129"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../services/sync/review.py" line="130"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="26"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="26"/>
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="27"/>
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="28"/>
        <source>vertraagd</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="29"/>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="29"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="30"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="30"/>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="31"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="31"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="32"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="32"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="33"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="33"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="34"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="34"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="35"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="46"/>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="46"/>
        <source>Nieuwe mijlpaal</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="57"/>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="57"/>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="58"/>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="58"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="73"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="77"/>
        <source>loopt vanaf</source>
        <translation>runs from</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="80"/>
        <source>Loopt vanaf</source>
        <translation>Runs from</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="87"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="88"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="89"/>
        <source>Af in</source>
        <translation>Due in</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="90"/>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/milestone_dialog.py" line="91"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MinutesCycleBar</name>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="120"/>
        <source>Vaststellen…</source>
        <translation>Adopt…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="121"/>
        <source>Het verslag vaststellen in een latere vergadering van dit overleg</source>
        <translation>Adopt the minutes in a later meeting of this body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="124"/>
        <source>Verslag vorige vergadering agenderen</source>
        <translation>Put previous minutes on the agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="125"/>
        <source>Zet &apos;Verslag vorige vergadering&apos; op de agenda van deze vergadering</source>
        <translation>Puts &apos;Minutes of the previous meeting&apos; on this meeting&apos;s agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="137"/>
        <location filename="../../ui/meetings/minutes_cycle.py" line="156"/>
        <source>Gasten</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="139"/>
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="139"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="139"/>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="149"/>
        <source>Gast…</source>
        <translation>Guest…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="150"/>
        <source>Een gast aan de aanwezigen toevoegen</source>
        <translation>Add a guest to those present</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="151"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="152"/>
        <source>Gast wijzigen</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="153"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="154"/>
        <source>Gast verwijderen</source>
        <translation>Delete guest</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="192"/>
        <source>Verslag &lt;b&gt;vastgesteld&lt;/b&gt; op %1; het ligt vast.</source>
        <translation>Minutes &lt;b&gt;adopted&lt;/b&gt; on %1; they are fixed.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="195"/>
        <source>Verslag: &lt;b&gt;concept&lt;/b&gt;</source>
        <translation>Minutes: &lt;b&gt;draft&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="230"/>
        <source>Gast toegevoegd</source>
        <translation>Guest added</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="244"/>
        <source>Gast gewijzigd</source>
        <translation>Guest changed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="253"/>
        <source>Gast verwijderd</source>
        <translation>Guest deleted</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="275"/>
        <source>Verslag vaststellen</source>
        <translation>Adopt minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="276"/>
        <source>Een verslag wordt vastgesteld in een latere vergadering van hetzelfde overleg. Plan eerst de volgende vergadering.</source>
        <translation>Minutes are adopted in a later meeting of the same body. Plan the next meeting first.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="286"/>
        <source>Verslag vastgesteld</source>
        <translation>Minutes adopted</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_cycle.py" line="293"/>
        <source>Verslag vorige vergadering geagendeerd</source>
        <translation>Previous minutes put on the agenda</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="76"/>
        <location filename="../../ui/meetings/minutes_tab.py" line="78"/>
        <location filename="../../ui/meetings/minutes_tab.py" line="90"/>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="78"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="78"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="92"/>
        <location filename="../../ui/meetings/minutes_tab.py" line="229"/>
        <source>Overige leden aanwezig</source>
        <translation>Other members present</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="97"/>
        <source>Agendapunten voor de notulen</source>
        <translation>Agenda items for the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="108"/>
        <source>Notulen bij het gekozen agendapunt</source>
        <translation>Minutes of the chosen agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="111"/>
        <source>Notulen bij dit agendapunt</source>
        <translation>Minutes of this agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="112"/>
        <source>Notulen opslaan</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="127"/>
        <source>Besluiten van deze vergadering</source>
        <translation>Decisions of this meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="137"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="139"/>
        <source>Besluit…</source>
        <translation>Decision…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="140"/>
        <source>Besluit bij het gekozen agendapunt</source>
        <translation>Decision on the chosen agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="141"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="142"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="189"/>
        <source>gast</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="191"/>
        <source>Aanwezigheid van %1</source>
        <translation>Attendance of %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="221"/>
        <source>Aanwezigheid gewijzigd</source>
        <translation>Attendance changed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="276"/>
        <source>het verslag van dit agendapunt</source>
        <translation>the minutes of this agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="283"/>
        <source>Notulen bijgewerkt</source>
        <translation>Minutes updated</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="298"/>
        <location filename="../../ui/meetings/minutes_tab.py" line="314"/>
        <source>Besluit %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="299"/>
        <location filename="../../ui/meetings/minutes_tab.py" line="315"/>
        <source>Wat is er besloten?</source>
        <translation>What was decided?</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="303"/>
        <source>Besluit vastgelegd</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="319"/>
        <source>Besluit gewijzigd</source>
        <translation>Decision changed</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="328"/>
        <source>Besluit verwijderd</source>
        <translation>Decision deleted</translation>
    </message>
</context>
<context>
    <name>NotOpenedPanel</name>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="40"/>
        <source>Er is niets verloren en niets gewijzigd: ZorgDesk heeft het bestand alleen niet geopend.</source>
        <translation>Nothing was lost and nothing was changed: ZorgDesk only did not open the file.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="47"/>
        <source>Alleen-lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="48"/>
        <source>Bekijk de werkruimte en maak rapporten; wijzigen kan niet</source>
        <translation>View the workspace and make reports; changing is not possible</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="50"/>
        <source>Ander bestand openen…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="52"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="53"/>
        <source>Probeer opnieuw te openen, bijvoorbeeld nadat het andere venster is gesloten</source>
        <translation>Try to open it again, for example after the other window was closed</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="88"/>
        <source>Deze werkruimte is al geopend</source>
        <translation>This workspace is already open</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="89"/>
        <source>Werkruimte niet geopend</source>
        <translation>Workspace not opened</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="91"/>
        <source>Bestand: {name}
Map: {folder}</source>
        <translation>File: {name}
Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="94"/>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/not_opened_panel.py" line="98"/>
        <source>Nog steeds niet geopend (geprobeerd om {time}).</source>
        <translation>Still not opened (tried at {time}).</translation>
    </message>
</context>
<context>
    <name>OpenRecovery</name>
    <message>
        <location filename="../../ui/workspace/open_recovery.py" line="40"/>
        <source>%1 om %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/open_recovery.py" line="55"/>
        <source>Er is een goede reservekopie van %1 (%2). Wilt u die terugzetten en openen? Het huidige bestand wordt niet weggegooid maar bewaard in de map met reservekopieën.</source>
        <translation>There is a good backup of %1 (%2). Do you want to restore and open it? The current file is not thrown away but kept in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/open_recovery.py" line="62"/>
        <source>Werkruimte beschadigd</source>
        <translation>Workspace damaged</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/open_recovery.py" line="84"/>
        <source>Werkruimte op een netwerk- of synchronisatiemap</source>
        <translation>Workspace on a network or synced folder</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/open_recovery.py" line="85"/>
        <source>Wilt u nu een lokale kopie maken en daarop werken? Kies Nee om toch op deze plek te werken.</source>
        <translation>Do you want to make a local copy now and work on that? Choose No to work in this place anyway.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="26"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="27"/>
        <source>zorgverzekeraar</source>
        <translation>health insurer</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="28"/>
        <source>zorgkantoor</source>
        <translation>care office</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="29"/>
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="30"/>
        <source>GGD</source>
        <translation>public health service</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="30"/>
        <source>VVT</source>
        <translation>Nursing and home care</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="31"/>
        <source>GGZ</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="32"/>
        <source>ziekenhuis</source>
        <translation>hospital</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="33"/>
        <source>huisartsen</source>
        <translation>GPs</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="34"/>
        <source>gehandicaptenzorg</source>
        <translation>disability care</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="35"/>
        <source>welzijn</source>
        <translation>social welfare</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="36"/>
        <source>onderwijs</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="37"/>
        <source>inwonersorganisatie</source>
        <translation>residents’ organisation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="38"/>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="45"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="58"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="61"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="62"/>
        <source>leidende coalitie</source>
        <translation>leading coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="63"/>
        <source>brede coalitie</source>
        <translation>broad coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="69"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="70"/>
        <source>Korte naam</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="71"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="72"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="73"/>
        <source>Inwoners</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="74"/>
        <source>Coalitie</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="75"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="131"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="132"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="133"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="134"/>
        <source>Coalitie</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="135"/>
        <source>Inwoners</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="137"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="140"/>
        <source>Nieuw…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="141"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="142"/>
        <source>Samenvoegen…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="143"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="145"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="165"/>
        <source>Organisatie toegevoegd</source>
        <translation>Organisation added</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="182"/>
        <source>Organisatie gewijzigd</source>
        <translation>Organisation changed</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="195"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="196"/>
        <source>Welke dubbele organisatie gaat op in „%1”? Haar rollen, mensen, financiering en lidmaatschappen gaan mee.</source>
        <translation>Which duplicate organisation is merged into “%1”? Its roles, people, funding and memberships move along.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="203"/>
        <source>Organisaties samengevoegd</source>
        <translation>Organisations merged</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="211"/>
        <source>„%1” verwijderen, met haar %2 rollen en lidmaatschappen? Mensen en financiering blijven, zonder organisatie. Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Delete “%1” with its %2 roles and memberships? People and funding stay, without an organisation. Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="216"/>
        <source>Organisatie verwijderd</source>
        <translation>Organisation deleted</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="33"/>
        <location filename="../../ui/workspace/overview_page.py" line="119"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="34"/>
        <location filename="../../ui/workspace/overview_page.py" line="124"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="35"/>
        <source>Mijlpalen</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="36"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="37"/>
        <source>Overleggen</source>
        <translation>Meeting bodies</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="38"/>
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="54"/>
        <source>themagroep</source>
        <translation>theme group</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="55"/>
        <source>regio-opgave</source>
        <translation>regional task</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="56"/>
        <source>coördinatieteam</source>
        <translation>coordination team</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="57"/>
        <source>overkoepelend</source>
        <translation>overarching</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="120"/>
        <source>Laatste verkeerslichten</source>
        <translation>Latest traffic lights</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="124"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="124"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="125"/>
        <source>Verkeerslichten</source>
        <translation>Traffic lights</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="130"/>
        <source>Thema&apos;s met hun doelen</source>
        <translation>Themes with their goals</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="151"/>
        <source>Komende vergaderingen</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="172"/>
        <source>Visie</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="188"/>
        <source>Alle doelen: %1</source>
        <translation>All goals: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="192"/>
        <source>Nog geen verkeerslichten gerapporteerd.</source>
        <translation>No traffic lights reported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/overview_page.py" line="200"/>
        <source>Geen vergaderingen gepland.</source>
        <translation>No meetings planned.</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="31"/>
        <source>Pagina bekijken</source>
        <translation>View page</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="34"/>
        <source>Pagina van het rapport</source>
        <translation>Report page</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="40"/>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="40"/>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="42"/>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="42"/>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="44"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="45"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page_viewer.py" line="101"/>
        <source>pagina %1 van %2 · %3 %</source>
        <translation>page %1 of %2 · %3 %</translation>
    </message>
</context>
<context>
    <name>PartnerMatrix</name>
    <message>
        <location filename="../../ui/partners/coalition_model.py" line="50"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/partners/coalition_model.py" line="51"/>
        <source>Leidende coalitie</source>
        <translation>Leading coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/coalition_model.py" line="52"/>
        <source>Brede coalitie</source>
        <translation>Broad coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="47"/>
        <source>trekker</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="48"/>
        <source>initiatiefnemer</source>
        <translation>initiator</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="49"/>
        <source>betrokken</source>
        <translation>involved</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="50"/>
        <source>financier</source>
        <translation>funder</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="51"/>
        <source>geïnformeerd</source>
        <translation>informed</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="58"/>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="59"/>
        <source>Zorgverzekeraars</source>
        <translation>Health insurers</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="60"/>
        <source>Zorgkantoren</source>
        <translation>Care offices</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="61"/>
        <source>Provincies</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="62"/>
        <source>GGD&apos;en</source>
        <translation>Public health services</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="63"/>
        <source>VVT</source>
        <translation>Nursing and home care</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="64"/>
        <source>GGZ</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="65"/>
        <source>Ziekenhuizen</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="66"/>
        <source>Huisartsen</source>
        <translation>GPs</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="67"/>
        <source>Gehandicaptenzorg</source>
        <translation>Disability care</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="68"/>
        <source>Welzijn</source>
        <translation>Social welfare</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="69"/>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="70"/>
        <source>Inwonersorganisaties</source>
        <translation>Residents’ organisations</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="71"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="300"/>
        <source>Meerdere rollen; een nieuwe rol vervangt ze alle.</source>
        <translation>Several roles; a new role replaces them all.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="358"/>
        <source>Aantal rollen</source>
        <translation>Number of roles</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="364"/>
        <source>Overkoepelende doelen</source>
        <translation>Overarching goals</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="369"/>
        <source>Geen trekker</source>
        <translation>No lead</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="380"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="391"/>
        <source> en nog %1</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="392"/>
        <source>Een rol in deze kolom geldt voor alle %1 organisaties.</source>
        <translation>A role in this column applies to all %1 organisations.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_model.py" line="400"/>
        <source>coalitie: %1</source>
        <translation>coalition: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners/theme_matrix_model.py" line="18"/>
        <source>Bestuurlijke trekkers</source>
        <translation>Executive leads</translation>
    </message>
    <message>
        <location filename="../../ui/partners/theme_matrix_model.py" line="19"/>
        <source>Schrijfteams</source>
        <translation>Writing teams</translation>
    </message>
    <message>
        <location filename="../../ui/partners/theme_matrix_model.py" line="20"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/partners/transposed_matrix_model.py" line="78"/>
        <source>%1 doelen</source>
        <translation>%1 goals</translation>
    </message>
    <message>
        <location filename="../../ui/partners/transposed_matrix_model.py" line="99"/>
        <source>Organisatie / doel</source>
        <translation>Organisation / goal</translation>
    </message>
    <message>
        <location filename="../../ui/partners/transposed_matrix_model.py" line="100"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>PartnerMatrixPanel</name>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="62"/>
        <source>Doelen en organisaties zoeken</source>
        <translation>Search goals and organisations</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="63"/>
        <source>Zoek doel op code of titel</source>
        <translation>Find a goal by code or title</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="72"/>
        <source>Alle coalities</source>
        <translation>All coalitions</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="73"/>
        <source>Leidende coalitie</source>
        <translation>Leading coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="74"/>
        <source>Brede coalitie</source>
        <translation>Broad coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="76"/>
        <source>Kolommen samenvoegen per soort</source>
        <translation>Merge columns by kind</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="78"/>
        <source>Alleen doelen zonder trekker</source>
        <translation>Only goals without a lead</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="80"/>
        <source>Per organisatie</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="81"/>
        <source>Toon per organisatie de doelen waarop zij een rol heeft</source>
        <translation>Show per organisation the goals it has a role on</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="100"/>
        <source>Geen rol</source>
        <translation>No role</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="100"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="132"/>
        <source>&amp;nbsp;&amp;nbsp;Kies cellen en typ T, I, B, F of G; Delete wist. Rechtsklik voor het menu. &lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; geen trekker.</source>
        <translation>&amp;nbsp;&amp;nbsp;Choose cells and type T, I, B, F or G; Delete clears. Right-click for the menu. &lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; no lead.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="182"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="184"/>
        <source>Soorten: %1 van %2</source>
        <translation>Kinds: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="222"/>
        <source>%1 doelen, %2 zonder trekker; %3 organisaties, %4 rollen</source>
        <translation>%1 goals, %2 without a lead; %3 organisations, %4 roles</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="257"/>
        <source>Kies eerst een of meer cellen van een doel.</source>
        <translation>First choose one or more cells of a goal.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="261"/>
        <source>Deze cellen hebben die rol al; er is niets gewijzigd.</source>
        <translation>These cells already have that role; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="268"/>
        <source>Rol gewist (%1 cellen)</source>
        <translation>Role cleared (%1 cells)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="269"/>
        <source>Rol gewist</source>
        <translation>Role cleared</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="271"/>
        <source>Rol gezet: %1 (%2 cellen)</source>
        <translation>Role set: %1 (%2 cells)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/matrix_panel.py" line="273"/>
        <source>Rol gezet: %1</source>
        <translation>Role set: %1</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../ui/partners/page.py" line="33"/>
        <source>Partnermatrix</source>
        <translation>Partner matrix</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="34"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="35"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="36"/>
        <source>Thema&apos;s en partners</source>
        <translation>Themes and partners</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="37"/>
        <source>Sectoren en coalitie</source>
        <translation>Sectors and coalition</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="38"/>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/workspace/server_password.py" line="82"/>
        <source>Wachtwoord voor de server</source>
        <translation>Password for the server</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_password.py" line="85"/>
        <source>De server vraagt een wachtwoord voor %1.</source>
        <translation>The server asks for a password for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_password.py" line="87"/>
        <source>Het wachtwoord voor %1 klopt niet. Probeer het opnieuw.</source>
        <translation>The password for %1 is not correct. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_password.py" line="95"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_password.py" line="96"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_password.py" line="98"/>
        <source>&amp;Onthouden in de sleutelhanger van dit systeem</source>
        <translation>&amp;Remember in this system&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_password.py" line="99"/>
        <source>Wachtwoord onthouden</source>
        <translation>Remember password</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_password.py" line="105"/>
        <source>Dit systeem heeft geen bruikbare sleutelhanger: ZorgDesk onthoudt het wachtwoord alleen tot u het programma sluit.</source>
        <translation>This system has no usable keyring: ZorgDesk remembers the password only until you close the program.</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="224"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="225"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="226"/>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="227"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="228"/>
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="228"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="229"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="231"/>
        <source>Nieuw…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="232"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="233"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="235"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="259"/>
        <source>Persoon toegevoegd</source>
        <translation>Person added</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="277"/>
        <source>Persoon gewijzigd</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="284"/>
        <source>„%1” verwijderen, met rollen en lidmaatschappen? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Delete “%1” with roles and memberships? Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/directory_panels.py" line="288"/>
        <source>Persoon verwijderd</source>
        <translation>Person deleted</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="90"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="95"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="103"/>
        <source>Naam mag in openbare stukken</source>
        <translation>Name may appear in public documents</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="106"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="107"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="108"/>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/partners/organisation_dialogs.py" line="109"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="395"/>
        <source>Wat verandert er?</source>
        <translation>What changes?</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="401"/>
        <source>Problemen in het bestand</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="406"/>
        <source>Wat wordt toegevoegd en gewijzigd</source>
        <translation>What is added and changed</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="429"/>
        <source>Eerst verbeteren: zolang er een probleem is, wordt er niets ingelezen.</source>
        <translation>Fix these first: while there is a problem, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="432"/>
        <source>Problemen in {name}: {count}. Verbeter ze in het bestand en lees het daarna opnieuw in (Vorige).</source>
        <translation>Problems in {name}: {count}. Fix them in the file, then read it again (Back).</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="437"/>
        <source>Pas bij Inlezen wordt er iets geschreven, na een reservekopie; Bewerken › Ongedaan maken zet alles in één stap terug.</source>
        <translation>Nothing is written until Import, and only after a backup; Edit › Undo reverts everything in one step.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="442"/>
        <source>{added} nieuw, {changed} gewijzigd, {same} ongewijzigd.</source>
        <translation>{added} new, {changed} changed, {same} unchanged.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message>
        <location filename="../../ui/kit/privacy_flow.py" line="68"/>
        <source>Geregistreerd bij de privacycontrole van een publieksversie.</source>
        <translation>Registered in the privacy check of a public edition.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_flow.py" line="77"/>
        <source>Personen geregistreerd</source>
        <translation>People registered</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_flow.py" line="78"/>
        <source>Persoon geregistreerd</source>
        <translation>Person registered</translation>
    </message>
</context>
<context>
    <name>PrivacyCheckDialog</name>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="72"/>
        <source>Privacycontrole publieksversie</source>
        <translation>Privacy check of the public edition</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="83"/>
        <source>Deze woorden in de publieksversie lijken namen van personen. Kies per naam of die wordt vervangen door een functie, blijft staan, of als persoon wordt geregistreerd (dan wordt de naam voortaan in elke publieksversie vervangen). Namen die u laat staan, komen in het openbare document.</source>
        <translation>These words in the public edition look like names of people. For each name, choose whether it is replaced by a function, left as it is, or registered as a person (then the name is replaced in every later public edition). Names you leave will appear in the public document.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="90"/>
        <source>Mogelijke namen in de publieksversie</source>
        <translation>Possible names in the public edition</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="92"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="92"/>
        <source>Gevonden in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="92"/>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="92"/>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="112"/>
        <source>Misschien geen naam: alleen de vorm lijkt erop.</source>
        <translation>Perhaps not a name: only its shape looks like one.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="122"/>
        <source>&amp;Vervangen door functie</source>
        <translation>&amp;Replace by function</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="123"/>
        <source>Vervangen door functie</source>
        <translation>Replace by function</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="124"/>
        <source>&amp;Laten staan</source>
        <translation>&amp;Leave as it is</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="125"/>
        <source>Laten staan</source>
        <translation>Leave as it is</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="126"/>
        <source>Persoon &amp;registreren</source>
        <translation>Re&amp;gister person</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="127"/>
        <source>Persoon registreren</source>
        <translation>Register person</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="135"/>
        <source>Vervangen door</source>
        <translation>Replace by</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="136"/>
        <source>bijvoorbeeld: de wijkverpleegkundige</source>
        <translation>for example: de wijkverpleegkundige</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="139"/>
        <source>Functie van de nieuwe persoon</source>
        <translation>Function of the new person</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="140"/>
        <source>bijvoorbeeld: regioadviseur</source>
        <translation>for example: regioadviseur</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="143"/>
        <source>Organisatie van de nieuwe persoon</source>
        <translation>Organisation of the new person</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="144"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="159"/>
        <source>Vervangen &amp;door:</source>
        <translation>Replace &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="162"/>
        <source>&amp;Functie:</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="165"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="170"/>
        <source>Publieksversie op&amp;slaan</source>
        <translation>&amp;Save public edition</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="172"/>
        <source>Publieksversie opslaan</source>
        <translation>Save public edition</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="174"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="175"/>
        <source>Annuleren, niets opslaan</source>
        <translation>Cancel, save nothing</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="179"/>
        <source>&amp;Mogelijke namen (kies een regel, dan hieronder wat ermee gebeurt):</source>
        <translation>Possible &amp;names (choose a row, then below what happens to it):</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="211"/>
        <source>vervangen</source>
        <translation>replace</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="211"/>
        <source>laten staan</source>
        <translation>leave</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="212"/>
        <source>registreren</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy_check.py" line="226"/>
        <source>Keuze voor “{0}”</source>
        <translation>Choice for “{0}”</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../reports/__init__.py" line="241"/>
        <source> (publieksversie)</source>
        <translation> (public edition)</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="48"/>
        <source>{time} uur</source>
        <translation>{time}</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="57"/>
        <location filename="../../reports/minutes.py" line="107"/>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="59"/>
        <location filename="../../reports/minutes.py" line="112"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="60"/>
        <source>Voorzitter</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="61"/>
        <source>Secretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="66"/>
        <source>Deze vergadering is geannuleerd.</source>
        <translation>This meeting has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="67"/>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="74"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="74"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="75"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="75"/>
        <source>Inbreng</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="76"/>
        <source>VERTROUWELIJK</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="77"/>
        <source>niet in de publieksversie</source>
        <translation>not in the public edition</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="78"/>
        <source>Doelen: {goals}</source>
        <translation>Goals: {goals}</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="79"/>
        <source>Bijlagen: {names}</source>
        <translation>Attachments: {names}</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="80"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="120"/>
        <source>Nog geen agendapunten.</source>
        <translation>No agenda items yet.</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="132"/>
        <location filename="../../reports/agenda.py" line="150"/>
        <source>Agenda {body}</source>
        <translation>Agenda {body}</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="141"/>
        <source>Genodigden</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../reports/agenda.py" line="153"/>
        <source>agenda, vergadering</source>
        <translation>agenda, meeting</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="36"/>
        <location filename="../../reports/changes.py" line="108"/>
        <location filename="../../reports/language.py" line="137"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="37"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="38"/>
        <location filename="../../reports/changes.py" line="112"/>
        <location filename="../../reports/language.py" line="135"/>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="44"/>
        <source>geen wijzigingen</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="50"/>
        <source>{name}, vastgesteld door {who} op {day}</source>
        <translation>{name}, adopted by {who} on {day}</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="52"/>
        <source>{name} op {day}</source>
        <translation>{name} on {day}</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="67"/>
        <source>sinds {version}</source>
        <translation>since {version}</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="69"/>
        <source>Wijzigingen in de werkagenda</source>
        <translation>Changes to the work agenda</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="73"/>
        <source>Dit overzicht vergelijkt de werkagenda van vandaag met de versie &apos;{name}&apos; die op {day} is vastgesteld door {who}. Per onderdeel staat wat er nieuw is, wat er veranderde (de vastgestelde en de huidige tekst naast elkaar) en wat er verviel.</source>
        <translation>This overview compares today&apos;s work agenda with the version &apos;{name}&apos; adopted on {day} by {who}. For each part it shows what is new, what changed (the adopted and the current text side by side) and what was dropped.</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="79"/>
        <source>Dit overzicht vergelijkt de werkagenda van vandaag met de versie &apos;{name}&apos; die op {day} is vastgesteld. Per onderdeel staat wat er nieuw is, wat er veranderde (de vastgestelde en de huidige tekst naast elkaar) en wat er verviel.</source>
        <translation>This overview compares today&apos;s work agenda with the version &apos;{name}&apos; adopted on {day}. For each part it shows what is new, what changed (the adopted and the current text side by side) and what was dropped.</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="85"/>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="85"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="86"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="86"/>
        <source>Vervallen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="99"/>
        <source>Niets veranderd sinds de vastgestelde versie.</source>
        <translation>Nothing changed since the adopted version.</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="102"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="102"/>
        <location filename="../../reports/progress.py" line="111"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="103"/>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="104"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="125"/>
        <source>werkagenda, wijzigingen, vastgestelde versie</source>
        <translation>work agenda, changes, adopted version</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="67"/>
        <source>aantal doelen</source>
        <translation>number of goals</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="192"/>
        <location filename="../../reports/language.py" line="135"/>
        <location filename="../../reports/timeline.py" line="81"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="355"/>
        <location filename="../../reports/meeting_pack.py" line="71"/>
        <source>Publieksversie</source>
        <translation>Public edition</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="356"/>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="404"/>
        <source>pagina {page} van </source>
        <translation>page {page} of </translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="537"/>
        <location filename="../../reports/language.py" line="132"/>
        <location filename="../../reports/meeting_pack.py" line="110"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="131"/>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="131"/>
        <source>oranje</source>
        <translation>amber</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="132"/>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="133"/>
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="133"/>
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="134"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="134"/>
        <source>vertraagd</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="136"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="136"/>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="137"/>
        <source>lopend</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="139"/>
        <source>trekker</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="139"/>
        <source>initiatiefnemer</source>
        <translation>initiator</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="140"/>
        <source>betrokken</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="140"/>
        <source>financier</source>
        <translation>funder</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="141"/>
        <source>geïnformeerd</source>
        <translation>kept informed</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="143"/>
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="143"/>
        <source>secretaris</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="144"/>
        <source>lid</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="144"/>
        <source>agendalid</source>
        <translation>agenda member</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="145"/>
        <source>ter informatie</source>
        <translation>for information</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="146"/>
        <source>ter bespreking</source>
        <translation>for discussion</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="147"/>
        <source>ter besluitvorming</source>
        <translation>for decision</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="148"/>
        <source>hamerstuk</source>
        <translation>formality</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="148"/>
        <source>informatie</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="149"/>
        <source>bespreking</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="149"/>
        <source>besluitvorming</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="151"/>
        <source>ambitie</source>
        <translation>ambition</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="151"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="152"/>
        <source>strategisch</source>
        <translation>strategic</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="152"/>
        <source>operationeel</source>
        <translation>operational</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="153"/>
        <source>toegezegd</source>
        <translation>committed</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="153"/>
        <source>beoogd</source>
        <translation>intended</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="154"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="154"/>
        <source>vastgesteld</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="155"/>
        <source>inspirerend initiatief</source>
        <translation>inspiring initiative</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="156"/>
        <source>omgevingsbeeld</source>
        <translation>regional picture</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="157"/>
        <source>aanwezig</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="157"/>
        <source>afgemeld</source>
        <translation>apologies</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="158"/>
        <source>afwezig</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="160"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="161"/>
        <source>Doelstelling en beoogd effect</source>
        <translation>Objective and intended effect</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="162"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="162"/>
        <source>Budget en capaciteit</source>
        <translation>Budget and capacity</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="163"/>
        <source>Planning en mijlpalen</source>
        <translation>Planning and milestones</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="164"/>
        <source>Projectgovernance</source>
        <translation>Project governance</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="164"/>
        <source>Naslag</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="166"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="166"/>
        <source>Mijlpalen</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="167"/>
        <source>Rollen van partners</source>
        <translation>Partner roles</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="168"/>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="168"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="169"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="169"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="170"/>
        <location filename="../../reports/meeting_pack.py" line="108"/>
        <location filename="../../reports/progress.py" line="45"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="170"/>
        <source>Valt onder</source>
        <translation>Falls under</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="171"/>
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="171"/>
        <source>Doelstelling</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="172"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="172"/>
        <source>Gereed</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="173"/>
        <location filename="../../reports/meeting_pack.py" line="136"/>
        <location filename="../../reports/minutes.py" line="57"/>
        <location filename="../../reports/minutes.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="173"/>
        <location filename="../../reports/matrix.py" line="128"/>
        <location filename="../../reports/meeting_pack.py" line="87"/>
        <location filename="../../reports/meeting_pack.py" line="135"/>
        <location filename="../../reports/progress.py" line="110"/>
        <location filename="../../reports/progress.py" line="156"/>
        <location filename="../../reports/werkagenda.py" line="245"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="174"/>
        <location filename="../../reports/matrix.py" line="257"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="174"/>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="175"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="177"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="177"/>
        <source>zorgverzekeraar</source>
        <translation>health insurer</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="178"/>
        <source>zorgkantoor</source>
        <translation>care office</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="178"/>
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="179"/>
        <source>ziekenhuis</source>
        <translation>hospital</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="179"/>
        <source>huisartsen</source>
        <translation>general practitioners</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="180"/>
        <source>gehandicaptenzorg</source>
        <translation>disability care</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="180"/>
        <source>welzijn</source>
        <translation>social welfare</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="181"/>
        <source>onderwijs</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="182"/>
        <source>inwonersorganisatie</source>
        <translation>residents&apos; organisation</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="182"/>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="184"/>
        <location filename="../../reports/meeting_pack.py" line="274"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="184"/>
        <location filename="../../reports/meeting_pack.py" line="61"/>
        <source>Vergaderset</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="185"/>
        <source>Verslag</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="185"/>
        <location filename="../../reports/werkagenda.py" line="383"/>
        <source>Werkagenda</source>
        <translation>Work agenda</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="186"/>
        <location filename="../../reports/progress.py" line="185"/>
        <location filename="../../reports/progress.py" line="198"/>
        <source>Voortgangsrapportage</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="187"/>
        <location filename="../../reports/matrix.py" line="214"/>
        <location filename="../../reports/matrix.py" line="279"/>
        <source>Partnermatrix</source>
        <translation>Partner matrix</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="187"/>
        <location filename="../../reports/timeline.py" line="214"/>
        <location filename="../../reports/timeline.py" line="231"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../reports/language.py" line="188"/>
        <source>Wijzigingen sinds vaststelling</source>
        <translation>Changes since adoption</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="102"/>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="103"/>
        <source>Zorgverzekeraars</source>
        <translation>Health insurers</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="104"/>
        <source>Zorgkantoren</source>
        <translation>Care offices</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="105"/>
        <source>Provincies</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="105"/>
        <source>GGD&apos;en</source>
        <translation>Public health services</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="106"/>
        <source>Ziekenhuizen</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="107"/>
        <source>Huisartsen</source>
        <translation>General practitioners</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="108"/>
        <source>Gehandicaptenzorg</source>
        <translation>Disability care</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="109"/>
        <source>Welzijn</source>
        <translation>Social welfare</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="109"/>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="110"/>
        <source>Inwonersorganisaties</source>
        <translation>Residents&apos; organisations</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="111"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="185"/>
        <source>Per partner</source>
        <translation>Per partner</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="189"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="190"/>
        <source>Rollen op doelen</source>
        <translation>Roles on goals</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="215"/>
        <source>Rollen van de partners per doel.</source>
        <translation>The partners&apos; roles per goal.</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="218"/>
        <source>Er zijn nog geen rollen van partners vastgelegd.</source>
        <translation>No partner roles have been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="225"/>
        <source>Alle partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="237"/>
        <source>Er zijn {count} partners met een rol: te veel voor kolommen naast elkaar. Daarom eerst één kolom per soort organisatie (de sterkste rol, met het aantal partners van die soort met een rol), daarna per partner de doelen.</source>
        <translation>There are {count} partners with a role: too many for columns side by side. So first one column per kind of organisation (the strongest role, with the number of partners of that kind that have a role), then the goals per partner.</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="242"/>
        <source>Per soort organisatie</source>
        <translation>Per kind of organisation</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="249"/>
        <source>Afkortingen</source>
        <translation>Abbreviations</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="257"/>
        <source>Thema of doel</source>
        <translation>Theme or goal</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="258"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="272"/>
        <source>Personen met een rol</source>
        <translation>People with a role</translation>
    </message>
    <message>
        <location filename="../../reports/matrix.py" line="281"/>
        <source>partners, rollen, matrix</source>
        <translation>partners, roles, matrix</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="63"/>
        <source>Voorblad</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="72"/>
        <source>Interne versie</source>
        <translation>Internal edition</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="81"/>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="87"/>
        <location filename="../../reports/minutes.py" line="40"/>
        <location filename="../../reports/progress.py" line="156"/>
        <location filename="../../reports/werkagenda.py" line="245"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="88"/>
        <location filename="../../reports/progress.py" line="157"/>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="88"/>
        <source>Stand</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="89"/>
        <source>Aandacht: {text}</source>
        <translation>Attention: {text}</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="133"/>
        <source>Geen open mijlpalen in deze periode.</source>
        <translation>No open milestones in this period.</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="135"/>
        <location filename="../../reports/minutes.py" line="57"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="136"/>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="157"/>
        <source>geen PDF; niet samengevoegd</source>
        <translation>not a PDF; not merged</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="163"/>
        <source>onleesbare PDF; niet samengevoegd</source>
        <translation>unreadable PDF; not merged</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="172"/>
        <location filename="../../reports/minutes.py" line="40"/>
        <source>Punt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="172"/>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="173"/>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="174"/>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="195"/>
        <source>Bijlage bij agendapunt {number}: {title}</source>
        <translation>Attachment to agenda item {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="196"/>
        <source>pagina {page} van {total}</source>
        <translation>page {page} of {total}</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="244"/>
        <location filename="../../reports/meeting_pack.py" line="281"/>
        <location filename="../../reports/meeting_pack.py" line="321"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="273"/>
        <source>Wat moet af voor {day}</source>
        <translation>Due before {day}</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="276"/>
        <source>Verslag en besluitenlijst van {day}</source>
        <translation>Minutes and decisions of {day}</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="278"/>
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="278"/>
        <location filename="../../reports/meeting_pack.py" line="295"/>
        <source>Verkeerslichten</source>
        <translation>Traffic lights</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="279"/>
        <location filename="../../reports/meeting_pack.py" line="307"/>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="286"/>
        <source>Actielijst {body}</source>
        <translation>Action list {body}</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="288"/>
        <source>Open actiepunten van dit overleg, ook uit eerdere vergaderingen.</source>
        <translation>Open actions of this body, also from earlier meetings.</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="296"/>
        <source>Doelen op de agenda</source>
        <translation>Goals on the agenda</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="297"/>
        <source>Geen doelen aan de agendapunten gekoppeld.</source>
        <translation>No goals linked to the agenda items.</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="300"/>
        <source>Per thema</source>
        <translation>Per theme</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="302"/>
        <source>Open mijlpalen met een uiterste datum tot de volgende vergadering ({day}), en wat al te laat is.</source>
        <translation>Open milestones due before the next meeting ({day}), and what is already overdue.</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="310"/>
        <source>Geen indicatoren met metingen.</source>
        <translation>No indicators with measurements.</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="322"/>
        <source>De bijlagen volgen hierna; op elke pagina staat bij welk agendapunt zij horen.</source>
        <translation>The attachments follow; every page says which agenda item it belongs to.</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="332"/>
        <source>Vergaderset {body}</source>
        <translation>Meeting pack {body}</translation>
    </message>
    <message>
        <location filename="../../reports/meeting_pack.py" line="336"/>
        <source>vergaderset, agenda, verslag, actielijst, verkeerslicht</source>
        <translation>meeting pack, agenda, minutes, action list, traffic light</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="38"/>
        <source>Geen besluiten.</source>
        <translation>No decisions.</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="41"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="54"/>
        <source>Geen actiepunten.</source>
        <translation>No actions.</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="56"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="56"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="59"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="91"/>
        <source>Concept: nog niet vastgesteld</source>
        <translation>Draft: not yet adopted</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="92"/>
        <source>Vastgesteld op {day}</source>
        <translation>Adopted on {day}</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="114"/>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="115"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="120"/>
        <source>Aanwezigheid niet vastgelegd.</source>
        <translation>Attendance not recorded.</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="121"/>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="124"/>
        <source>Afgemeld</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="126"/>
        <source>Afwezig</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="129"/>
        <source>Gasten</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="136"/>
        <location filename="../../reports/minutes.py" line="178"/>
        <source>Verslag {body}</source>
        <translation>Minutes {body}</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="150"/>
        <source>Inbreng: {who}</source>
        <translation>Presenter: {who}</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="152"/>
        <source>Geen aantekeningen.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="157"/>
        <source>Besluit {number}:</source>
        <translation>Decision {number}:</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="163"/>
        <source>Actie:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="167"/>
        <source>Besluitenlijst</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="169"/>
        <source>Actiepunten uit deze vergadering</source>
        <translation>Actions from this meeting</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="181"/>
        <source>verslag, notulen, besluitenlijst, actielijst</source>
        <translation>minutes, decisions, action list</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="47"/>
        <source>geen licht</source>
        <translation>no light</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="47"/>
        <source>doelen</source>
        <translation>goals</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="53"/>
        <source>Overzicht van de verkeerslichten</source>
        <translation>Traffic lights at a glance</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="71"/>
        <source>eerste verkeerslicht: {light}</source>
        <translation>first traffic light: {light}</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="79"/>
        <source>nieuwe rapportage</source>
        <translation>new report</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="82"/>
        <source> (door {who})</source>
        <translation> (by {who})</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="88"/>
        <source>mijlpaal gereed: {title}</source>
        <translation>milestone done: {title}</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="91"/>
        <source>nieuw doel</source>
        <translation>new goal</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="93"/>
        <source>Wat is er veranderd sinds {day}</source>
        <translation>What changed since {day}</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="100"/>
        <source>{count} doelen zijn nieuw in deze periode ({when}); zij staan hieronder per thema.</source>
        <translation>{count} goals are new in this period ({when}); they are listed below per theme.</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="106"/>
        <source>Geen wijzigingen in deze periode.</source>
        <translation>No changes in this period.</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="110"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="124"/>
        <source>Trekker</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="127"/>
        <source>Betrokken</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="140"/>
        <source>Financiering: {total} (toegezegd {committed})</source>
        <translation>Funding: {total} (committed {committed})</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="157"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="158"/>
        <source>Aandachtspunten</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="159"/>
        <source>Peildatum</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="160"/>
        <source>geen rapportage</source>
        <translation>no report</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="186"/>
        <source>{workspace} · stand {day} · wijzigingen sinds {since}</source>
        <translation>{workspace} · as of {day} · changes since {since}</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="199"/>
        <source>{workspace}, stand {day}</source>
        <translation>{workspace}, as of {day}</translation>
    </message>
    <message>
        <location filename="../../reports/progress.py" line="202"/>
        <source>voortgang, verkeerslicht</source>
        <translation>progress, traffic light</translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="83"/>
        <source>Band: jaren met inzet of resultaat; → in de laatste kolom: loopt door (“en later”); lichte band: looptijd van een mijlpaal; mijlpaal: </source>
        <translation>Band: years with work or results; → in the last column: continues (“and later”); light band: duration of a milestone; milestone: </translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="109"/>
        <source>Doel / mijlpaal</source>
        <translation>Goal / milestone</translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="164"/>
        <source>Geen jaarmarkeringen of mijlpalen.</source>
        <translation>No year marks or milestones.</translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="200"/>
        <source>Dit doel staat niet in de tijdlijn omdat het geen jaarmarkering en geen mijlpaal heeft: </source>
        <translation>This goal is not in the timeline because it has no year mark and no milestone: </translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="202"/>
        <source>Deze {count} doelen staan niet in de tijdlijn omdat ze geen jaarmarkering en geen mijlpaal hebben: </source>
        <translation>These {count} goals are not in the timeline because they have no year mark and no milestone: </translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="204"/>
        <source>Niet in de tijdlijn</source>
        <translation>Not in the timeline</translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="215"/>
        <source>{workspace}, in kwartalen</source>
        <translation>{workspace}, in quarters</translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="219"/>
        <source>Er zijn nog geen jaarmarkeringen of mijlpalen vastgelegd.</source>
        <translation>No year marks or milestones have been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../reports/timeline.py" line="234"/>
        <source>tijdlijn, planning, mijlpalen</source>
        <translation>timeline, planning, milestones</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="49"/>
        <source>■ inzet of resultaat in dat jaar  ·  ◆ mijlpaal  ·  “2027 &amp;gt;”: dat jaar en later</source>
        <translation>■ work or result in that year  ·  ◆ milestone  ·  “2027 &amp;gt;”: that year and later</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="130"/>
        <location filename="../../reports/werkagenda.py" line="285"/>
        <source>onder: {goal}</source>
        <translation>under: {goal}</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="143"/>
        <source>Mijlpalen: {milestones}</source>
        <translation>Milestones: {milestones}</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="146"/>
        <source>Inspirerende initiatieven:</source>
        <translation>Inspiring initiatives:</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="154"/>
        <source>Transformatieprogramma:</source>
        <translation>Transformation programme:</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="164"/>
        <source>Financiering:</source>
        <translation>Funding:</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="165"/>
        <source>totaal {amount}</source>
        <translation>total {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="174"/>
        <source>(Potentiële) initiatiefnemers: {names}</source>
        <translation>(Potential) initiators: {names}</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="178"/>
        <location filename="../../reports/werkagenda.py" line="296"/>
        <source>Interne notitie: </source>
        <translation>Internal note: </translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="195"/>
        <source>Resultaten:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="196"/>
        <source>Aandachtspunten: {text}</source>
        <translation>Points of attention: {text}</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="333"/>
        <source>Werkagenda {period}</source>
        <translation>Work agenda {period}</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="353"/>
        <source>Dit thema heeft nog geen doelen.</source>
        <translation>This theme has no goals yet.</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="366"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="366"/>
        <source>Leidende coalitie</source>
        <translation>Leading coalition</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="367"/>
        <source>Brede coalitie</source>
        <translation>Broad coalition</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="373"/>
        <source>Coalities</source>
        <translation>Coalitions</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="374"/>
        <source>Per sector de organisaties in de leidende en de brede coalitie.</source>
        <translation>Per sector the organisations in the leading and the broad coalition.</translation>
    </message>
    <message>
        <location filename="../../reports/werkagenda.py" line="386"/>
        <source>werkagenda, doelen, jaargrid</source>
        <translation>work agenda, goals, year grid</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="52"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="53"/>
        <source>Vergaderset</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="54"/>
        <source>Verslag</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="55"/>
        <source>Werkagenda</source>
        <translation>Work agenda</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="56"/>
        <source>Voortgangsrapportage</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="57"/>
        <source>Partnermatrix</source>
        <translation>Partner matrix</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="58"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="59"/>
        <source>Wijzigingen sinds vaststelling</source>
        <translation>Changes since adoption</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="146"/>
        <source>Vastgestelde versie</source>
        <translation>Adopted version</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="153"/>
        <source>Taal van het rapport</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="159"/>
        <location filename="../../ui/reports/page.py" line="179"/>
        <source>Wijzigingen sinds</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="160"/>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="161"/>
        <source>Publieksversie</source>
        <translation>Public edition</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="164"/>
        <source>Zonder interne notities en vertrouwelijke punten; wie niet genoemd mag worden staat er met functie en organisatie.</source>
        <translation>Without internal notes and confidential items; people who may not be named appear by function and organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="175"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="177"/>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="178"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="180"/>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="181"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="182"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="184"/>
        <source>Rapport maken</source>
        <translation>Make report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="194"/>
        <source>Kies een rapport en klik op Rapport maken.</source>
        <translation>Choose a report and click Make report.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="197"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="198"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="207"/>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="217"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="227"/>
        <source>Voorbeeld van de pagina&apos;s</source>
        <translation>Preview of the pages</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="228"/>
        <source>Dubbelklik (of Enter) op een pagina om die groot te bekijken en in te zoomen.</source>
        <translation>Double-click (or Enter) a page to view it large and zoom in.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="274"/>
        <source> · {0} punten</source>
        <translation> · {0} items</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="280"/>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="301"/>
        <source>De agenda van een vergadering met tijden, soort en inbreng.</source>
        <translation>The agenda of a meeting with times, kinds and presenters.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="302"/>
        <source>Voorblad, agenda, verslag en besluiten van de vorige vergadering, actielijst, verkeerslichten, tijdlijn, indicatoren en de bijlagen.</source>
        <translation>Cover, agenda, minutes and decisions of the previous meeting, action list, traffic lights, timeline, indicators and the attachments.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="305"/>
        <source>Notulen met aanwezigen, besluiten en actiepunten.</source>
        <translation>Minutes with attendance, decisions and actions.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="306"/>
        <source>Het hele plan per thema met jaargrid, initiatieven en initiatiefnemers.</source>
        <translation>The whole plan per theme with year grid, initiatives and initiators.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="308"/>
        <source>Per thema de doelen met verkeerslicht, resultaten en aandachtspunten, en wat er veranderde sinds een datum.</source>
        <translation>Per theme the goals with traffic light, results and points of attention, and what changed since a date.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="310"/>
        <source>Welke partner welke rol heeft op welk doel.</source>
        <translation>Which partner has which role on which goal.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="311"/>
        <source>Het Gantt-grid in kwartalen met jaren en mijlpalen.</source>
        <translation>The Gantt grid in quarters with years and milestones.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="312"/>
        <source>Wat er sinds een vastgestelde versie van de werkagenda nieuw is, veranderde of verviel, naast elkaar.</source>
        <translation>What is new, changed or removed since an adopted version of the work agenda, side by side.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="332"/>
        <source>Voorbeeld (verouderd): hoort bij een eerdere keuze</source>
        <translation>Preview (out of date): belongs to an earlier choice</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="333"/>
        <source>U koos iets anders dan het voorbeeld laat zien. Klik op Rapport maken om het rapport opnieuw te maken; pas dan kan het worden opgeslagen.</source>
        <translation>You chose something other than the preview shows. Click Make report to make it again; only then can it be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="359"/>
        <source>Deze werkruimte heeft nog geen vergaderingen.</source>
        <translation>This workspace has no meetings yet.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="362"/>
        <source>Deze werkruimte heeft nog geen vastgestelde versie (Werkruimte › Vastgestelde versies…).</source>
        <translation>This workspace has no adopted version yet (Workspace › Adopted versions…).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="381"/>
        <source>Bezig met maken…</source>
        <translation>Making…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="398"/>
        <source>Het rapport kon niet worden gemaakt: {0}</source>
        <translation>The report could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="409"/>
        <source>Klaar. Bekijk de pagina&apos;s en kies Opslaan als.</source>
        <translation>Done. Look at the pages and choose Save as.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="430"/>
        <source>Voorbeeld: de eerste {0} van {1} pagina&apos;s</source>
        <translation>Preview: the first {0} of {1} pages</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="433"/>
        <source>Voorbeeld: 1 pagina</source>
        <translation>Preview: 1 page</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="434"/>
        <source>Voorbeeld: {0} pagina&apos;s</source>
        <translation>Preview: {0} pages</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="454"/>
        <source>pagina {0}</source>
        <translation>page {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="496"/>
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="497"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="512"/>
        <source>Niet opgeslagen: de privacycontrole is afgebroken.</source>
        <translation>Not saved: the privacy check was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="533"/>
        <source>Opgeslagen als {0}. Let op: {1} staat nog in het document, waarschijnlijk in een bijlage. Vervang de bijlage of laat die weg.</source>
        <translation>Saved as {0}. Note: {1} is still in the document, probably in an attachment. Replace the attachment or leave it out.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="553"/>
        <source>Opslaan lukte niet: {0}</source>
        <translation>Saving failed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="557"/>
        <source>Opgeslagen als {0}</source>
        <translation>Saved as {0}</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../../ui/workspace/server_banner.py" line="22"/>
        <source>Melding over de serverwerkruimte</source>
        <translation>Notice about the server workspace</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_banner.py" line="36"/>
        <source>De server is niet bereikbaar. Wat u ziet is de stand van het laatste contact; wijzigen kan pas weer als de verbinding terug is.</source>
        <translation>The server cannot be reached. What you see is the state at the last contact; changes are possible again once the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_banner.py" line="40"/>
        <source>Alleen lezen: u bent lezer van deze werkruimte op de server. U kunt alles bekijken en rapporten maken, maar niets wijzigen. Vraag de beheerder om de rol bewerker als u moet kunnen wijzigen.</source>
        <translation>Read only: you are a reader of this workspace on the server. You can view everything and make reports, but not change anything. Ask the administrator for the editor role if you need to make changes.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_banner.py" line="45"/>
        <source>Alleen lezen: deze werkruimte is elders geopend. U ziet wat er was opgeslagen toen u haar opende en kunt rapporten maken, maar niets wijzigen. Sluit haar in het andere venster en open haar opnieuw om te wijzigen.</source>
        <translation>Read-only: this workspace is open elsewhere. You see what was saved when you opened it and can make reports, but change nothing. Close it in the other window and open it again to make changes.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/workspace/server_dialog.py" line="20"/>
        <source>Openen van server</source>
        <translation>Open from server</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_dialog.py" line="24"/>
        <source>Open een gedeelde werkruimte op de PostgreSQL-server van uw regio. Het adres krijgt u van uw beheerder, bijvoorbeeld postgresql://server.regio.nl/werkagenda. Het wachtwoord staat in uw .pgpass- of servicebestand; ZorgDesk bewaart het niet.</source>
        <translation>Open a shared workspace on your region&apos;s PostgreSQL server. Your administrator gives you the address, for example postgresql://server.regio.nl/werkagenda. The password is kept in your .pgpass or service file; ZorgDesk does not store it.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_dialog.py" line="32"/>
        <source>Serveradres</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_dialog.py" line="36"/>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_dialog.py" line="56"/>
        <source>Dit is geen serveradres. Een serveradres begint met postgresql://, gevolgd door de server en de naam van de werkruimte.</source>
        <translation>This is not a server address. A server address starts with postgresql://, followed by the server and the name of the workspace.</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <location filename="../../ui/workspace/server_watch.py" line="135"/>
        <source>De server is niet bereikbaar; wijzigingen van anderen verschijnen weer zodra de verbinding terug is.</source>
        <translation>The server cannot be reached; changes by others will appear again once the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_watch.py" line="151"/>
        <source>Gewijzigd door %1, %2</source>
        <translation>Changed by %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/server_watch.py" line="154"/>
        <source>Bijgewerkt met wijzigingen van anderen (%1)</source>
        <translation>Updated with changes by others (%1)</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="132"/>
        <source>Wat leest u in, en uit welk bestand?</source>
        <translation>What do you import, and from which file?</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="134"/>
        <source>Een Excel-werkmap (.xlsx) of een CSV-bestand (met ; of , gescheiden). Rijen die al bestaan (zelfde id, anders zelfde code of naam) worden bijgewerkt, niet verdubbeld.</source>
        <translation>An Excel workbook (.xlsx) or a CSV file (separated by ; or ,). Rows that already exist (same id, otherwise same code or name) are updated, not doubled.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="138"/>
        <source>Soort lijst</source>
        <translation>Kind of list</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="139"/>
        <source>Doelen (met mijlpalen)</source>
        <translation>Goals (with milestones)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="140"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="141"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="142"/>
        <source>Actiepunten</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="143"/>
        <source>Rollen van partners</source>
        <translation>Roles of partners</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="148"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="149"/>
        <source>Kies een .xlsx- of .csv-bestand</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="151"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="152"/>
        <location filename="../../ui/tables/import_wizard.py" line="187"/>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="167"/>
        <source>&amp;Soort lijst:</source>
        <translation>&amp;Kind of list:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="168"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="179"/>
        <source>Herkende kolomkoppen: {names}. Andere kolommen kiest u op de volgende pagina.</source>
        <translation>Recognised column headers: {names}. You choose other columns on the next page.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="182"/>
        <source>Een blad &apos;Mijlpalen&apos; in dezelfde werkmap komt mee.</source>
        <translation>A sheet &apos;Mijlpalen&apos; (milestones) in the same workbook comes along.</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="188"/>
        <source>Excel of CSV (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Excel or CSV (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="207"/>
        <source>{name} kan niet worden gelezen: {reason}</source>
        <translation>{name} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/tables/import_wizard.py" line="211"/>
        <source>{name} is leeg.</source>
        <translation>{name} is empty.</translation>
    </message>
</context>
<context>
    <name>StatusHistoryPanel</name>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="87"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="89"/>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="91"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="93"/>
        <source>Aandachtspunten</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="95"/>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="95"/>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="100"/>
        <source>Voortgangsrapportages van het doel</source>
        <translation>Progress reports of the goal</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="112"/>
        <source>Nieuwe rapportage…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="114"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="115"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="153"/>
        <source>Voortgang toegevoegd</source>
        <translation>Progress added</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="165"/>
        <source>Voortgang gewijzigd</source>
        <translation>Progress changed</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="175"/>
        <source>Rapportage verwijderen</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="176"/>
        <source>De voortgangsrapportage van %1 verwijderen? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Delete the progress report of %1? Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="181"/>
        <source>Voortgang verwijderd</source>
        <translation>Progress deleted</translation>
    </message>
</context>
<context>
    <name>StatusUpdateDialog</name>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="41"/>
        <source>Voortgangsrapportage</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="44"/>
        <location filename="../../ui/goals/status_panel.py" line="61"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="47"/>
        <source>geen licht</source>
        <translation>no light</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="58"/>
        <source>Intern (niet in de publieksversie)</source>
        <translation>Internal (not in the public edition)</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="62"/>
        <source>Verkeerslicht</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="63"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/goals/status_panel.py" line="64"/>
        <source>Aandachtspunten</source>
        <translation>Points of attention</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../commands/targets.py" line="54"/>
        <source>Het doelbestand {name} is ook het invoerbestand {source}; ZorgDesk schrijft er niet overheen. Kies een ander doelbestand met --out.</source>
        <translation>The target file {name} is also the input file {source}; ZorgDesk does not write over it. Choose another target with --out.</translation>
    </message>
    <message>
        <location filename="../../commands/targets.py" line="59"/>
        <source>{name} is een map; geef met --out een bestandsnaam op.</source>
        <translation>{name} is a folder; give a file name with --out.</translation>
    </message>
    <message>
        <location filename="../../commands/targets.py" line="64"/>
        <source>In de map {folder} mag niet worden geschreven (alleen-lezen); {name} is niet gemaakt. Kies met --out een map waarin u mag schrijven.</source>
        <translation>The folder {folder} cannot be written to (read-only); {name} was not made. Choose a folder you may write to with --out.</translation>
    </message>
    <message>
        <location filename="../../commands/targets.py" line="72"/>
        <source>{name} is een ZorgDesk-werkruimte; ZorgDesk schrijft er niets anders overheen. Kies een andere bestandsnaam met --out.</source>
        <translation>{name} is a ZorgDesk workspace; ZorgDesk writes nothing else over it. Choose another file name with --out.</translation>
    </message>
    <message>
        <location filename="../../commands/targets.py" line="76"/>
        <source>{name} is al een ZorgDesk-werkruimte. Kies een andere bestandsnaam, of geef --force om haar te vervangen (er wordt eerst een reservekopie van gemaakt).</source>
        <translation>{name} is already a ZorgDesk workspace. Choose another file name, or give --force to replace it (a backup is made first).</translation>
    </message>
    <message>
        <location filename="../../commands/targets.py" line="82"/>
        <source>{name} bestaat al. Kies een andere bestandsnaam, of geef --force om het te vervangen.</source>
        <translation>{name} exists already. Choose another file name, or give --force to replace it.</translation>
    </message>
    <message>
        <location filename="../../reports/__init__.py" line="212"/>
        <source>Onbekend rapport &apos;{kind}&apos;. Kies uit: {known}.</source>
        <translation>Unknown report &apos;{kind}&apos;. Choose from: {known}.</translation>
    </message>
    <message>
        <location filename="../../reports/changes.py" line="60"/>
        <source>Kies de vastgestelde versie waarmee vergeleken wordt.</source>
        <translation>Choose the adopted version to compare with.</translation>
    </message>
    <message>
        <location filename="../../samples/__init__.py" line="62"/>
        <source>Onbekend voorbeeld &apos;{name}&apos;. Kies uit: {known}.</source>
        <translation>Unknown sample &apos;{name}&apos;. Choose from: {known}.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="129"/>
        <source>Geef het doel een titel.</source>
        <translation>Give the goal a title.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="134"/>
        <source>Het bovenliggende doel bestaat niet meer.</source>
        <translation>The parent goal no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="157"/>
        <source>Onbekend veld: {fields}.</source>
        <translation>Unknown field: {fields}.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="164"/>
        <source>Een doel heeft een titel nodig.</source>
        <translation>A goal needs a title.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="168"/>
        <location filename="../../services/goals/progress.py" line="207"/>
        <source>Het streefjaar moet tussen 1990 en 2100 liggen.</source>
        <translation>The target year must be between 1990 and 2100.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="184"/>
        <location filename="../../services/goals/commands.py" line="226"/>
        <location filename="../../services/goals/commands.py" line="252"/>
        <location filename="../../services/goals/commands.py" line="314"/>
        <location filename="../../services/goals/commands.py" line="352"/>
        <location filename="../../services/goals/progress.py" line="104"/>
        <location filename="../../services/goals/progress.py" line="219"/>
        <location filename="../../services/timeline/commands.py" line="109"/>
        <location filename="../../services/timeline/commands.py" line="207"/>
        <source>Dit doel bestaat niet meer.</source>
        <translation>This goal no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="190"/>
        <source>De code {code} is al in gebruik bij {title}.</source>
        <translation>The code {code} is already used by {title}.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="255"/>
        <source>Een doel kan niet onder zichzelf of een eigen subdoel komen.</source>
        <translation>A goal cannot go under itself or one of its own subgoals.</translation>
    </message>
    <message>
        <location filename="../../services/goals/commands.py" line="259"/>
        <source>Het doel waaronder u verplaatst bestaat niet meer.</source>
        <translation>The goal you are moving it under no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/goals/plan.py" line="424"/>
        <source>Geen thema &apos;{ref}&apos; gevonden.</source>
        <translation>No theme &apos;{ref}&apos; found.</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="89"/>
        <source>Een voortgangsrapportage heeft een datum nodig.</source>
        <translation>A progress report needs a date.</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="91"/>
        <source>Onbekend verkeerslicht: {light}. Kies groen, oranje of rood.</source>
        <translation>Unknown traffic light: {light}. Choose groen (green), oranje (orange) or rood (red).</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="125"/>
        <source>Deze voortgangsrapportage bestaat niet meer.</source>
        <translation>This progress report no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="158"/>
        <source>Vul een getal in.</source>
        <translation>Fill in a number.</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="164"/>
        <location filename="../../services/goals/progress.py" line="170"/>
        <location filename="../../services/goals/progress.py" line="181"/>
        <location filename="../../services/goals/progress.py" line="186"/>
        <source>&apos;{text}&apos; is geen getal.</source>
        <translation>&apos;{text}&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="188"/>
        <source>&apos;{text}&apos; is te groot; een getal mag ten hoogste 10^12 zijn.</source>
        <translation>&apos;{text}&apos; is too large; a number may be at most 10^12.</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="204"/>
        <source>Geef de indicator een naam.</source>
        <translation>Give the indicator a name.</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="236"/>
        <location filename="../../services/goals/progress.py" line="265"/>
        <source>Deze indicator bestaat niet meer.</source>
        <translation>This indicator no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/goals/progress.py" line="262"/>
        <source>Een meting heeft een datum nodig.</source>
        <translation>A measurement needs a date.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/adoption.py" line="39"/>
        <location filename="../../services/meetings/adoption.py" line="80"/>
        <location filename="../../services/meetings/agenda.py" line="160"/>
        <location filename="../../services/meetings/agenda.py" line="219"/>
        <location filename="../../services/meetings/agenda.py" line="355"/>
        <location filename="../../services/meetings/agenda.py" line="434"/>
        <location filename="../../services/meetings/guests.py" line="71"/>
        <location filename="../../services/meetings/invitation.py" line="55"/>
        <location filename="../../services/meetings/minutes.py" line="92"/>
        <location filename="../../services/meetings/minutes.py" line="189"/>
        <location filename="../../services/meetings/minutes.py" line="302"/>
        <location filename="../../services/meetings/minutes.py" line="406"/>
        <location filename="../../services/meetings/plan.py" line="251"/>
        <source>Deze vergadering bestaat niet meer.</source>
        <translation>This meeting no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/adoption.py" line="51"/>
        <source>Het verslag van {day} is vastgesteld op {adopted} en kan niet meer veranderen. Leg een correctie vast in het verslag van een volgende vergadering.</source>
        <translation>The minutes of {day} were adopted on {adopted} and can no longer change. Record a correction in the minutes of a later meeting.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/adoption.py" line="141"/>
        <source>Dit verslag is al vastgesteld.</source>
        <translation>These minutes have already been adopted.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/adoption.py" line="144"/>
        <source>Een verslag wordt vastgesteld in een latere vergadering van hetzelfde overleg.</source>
        <translation>Minutes are adopted in a later meeting of the same body.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="89"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="90"/>
        <source>loopt</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="91"/>
        <source>vertraagd</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="92"/>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="93"/>
        <source>oranje</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="94"/>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="261"/>
        <location filename="../../services/meetings/agenda.py" line="287"/>
        <source>Geef het agendapunt een titel.</source>
        <translation>Give the agenda item a title.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="290"/>
        <source>De tijd voor een agendapunt kan niet negatief zijn.</source>
        <translation>The time for an agenda item cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="294"/>
        <location filename="../../services/meetings/agenda.py" line="326"/>
        <location filename="../../services/meetings/agenda.py" line="565"/>
        <location filename="../../services/meetings/attachments.py" line="42"/>
        <location filename="../../services/meetings/minutes.py" line="160"/>
        <source>Dit agendapunt bestaat niet meer.</source>
        <translation>This agenda item no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="331"/>
        <source>Een agendapunt kan daar niet staan.</source>
        <translation>An agenda item cannot go there.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="337"/>
        <source>Een agendapunt met subpunten kan zelf geen subpunt worden.</source>
        <translation>An agenda item with sub-items cannot become a sub-item itself.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="463"/>
        <source>uiterlijk {due}, status {status}</source>
        <translation>due {due}, status {status}</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="508"/>
        <source>gemeld op {day}, was {before}</source>
        <translation>reported on {day}, was {before}</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="511"/>
        <source>gemeld op {day}</source>
        <translation>reported on {day}</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="547"/>
        <source>Het bestand {name} is {size}; een bijlage mag hoogstens {most} zijn, zodat de werkruimte klein genoeg blijft om te delen. Verklein het bestand (bijvoorbeeld als PDF) of bewaar het elders en noem de vindplaats in de toelichting.</source>
        <translation>The file {name} is {size}; an attachment may be at most {most}, so that the workspace stays small enough to share. Make the file smaller (for example as a PDF) or keep it elsewhere and say where it can be found in the notes.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="605"/>
        <location filename="../../services/meetings/attachments.py" line="65"/>
        <source>Deze bijlage bestaat niet meer.</source>
        <translation>This attachment no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/attachments.py" line="27"/>
        <source>Het bestand {name} kan niet gelezen worden. Controleer of het nog bestaat en niet in een ander programma geopend is.</source>
        <translation>The file {name} cannot be read. Check that it still exists and is not open in another program.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/bodies.py" line="115"/>
        <location filename="../../services/meetings/bodies.py" line="210"/>
        <location filename="../../services/meetings/bodies.py" line="367"/>
        <location filename="../../services/meetings/minutes.py" line="350"/>
        <location filename="../../services/meetings/plan.py" line="184"/>
        <location filename="../../services/meetings/plan.py" line="218"/>
        <source>Dit overleg bestaat niet meer.</source>
        <translation>This body no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/bodies.py" line="180"/>
        <source>Geef het overleg een naam.</source>
        <translation>Give the body a name.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/bodies.py" line="184"/>
        <location filename="../../services/meetings/plan.py" line="122"/>
        <source>Kies een vergaderritme van 1 tot 12 maanden.</source>
        <translation>Choose a meeting rhythm of 1 to 12 months.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/bodies.py" line="188"/>
        <source>Kies een weekdag van maandag tot zondag.</source>
        <translation>Choose a weekday from Monday to Sunday.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/bodies.py" line="234"/>
        <location filename="../../services/meetings/bodies.py" line="383"/>
        <source>Kies een persoon of een organisatie als lid.</source>
        <translation>Choose a person or an organisation as member.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/calendar.py" line="48"/>
        <source>Er is geen overleg &apos;{body}&apos; in deze werkruimte. Kies uit: geen overleggen.</source>
        <translation>There is no body &apos;{body}&apos; in this workspace, and it has no bodies to choose from.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/calendar.py" line="51"/>
        <source>Er is geen overleg &apos;{body}&apos; in deze werkruimte. Kies uit: {known}.</source>
        <translation>There is no body &apos;{body}&apos; in this workspace. Choose from: {known}.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/calendar.py" line="107"/>
        <source>De vergadering &apos;{title}&apos; heeft een onmogelijke datum of tijd ({starts}); pas die aan in ZorgDesk en exporteer opnieuw.</source>
        <translation>The meeting &apos;{title}&apos; has an impossible date or time ({starts}); correct it in ZorgDesk and export again.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/guests.py" line="44"/>
        <source>Vul de naam van de gast in.</source>
        <translation>Fill in the guest&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/guests.py" line="46"/>
        <location filename="../../services/workspace/versions.py" line="88"/>
        <source>Een naam is hoogstens {limit} tekens.</source>
        <translation>A name is at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/guests.py" line="92"/>
        <source>Deze gast staat niet meer op de lijst.</source>
        <translation>This guest is no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/meeting_data.py" line="127"/>
        <source>Geen vergadering van {body} op {day} gevonden.</source>
        <translation>No meeting of {body} on {day} found.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/meeting_data.py" line="142"/>
        <source>Deze werkruimte heeft nog geen vergaderingen.</source>
        <translation>This workspace has no meetings yet.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/meeting_data.py" line="167"/>
        <source>Deze vergadering bestaat niet (meer).</source>
        <translation>This meeting does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../services/meetings/minutes.py" line="210"/>
        <location filename="../../services/meetings/minutes.py" line="225"/>
        <source>Schrijf op wat er besloten is.</source>
        <translation>Write down what was decided.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/minutes.py" line="229"/>
        <source>Dit besluit bestaat niet meer.</source>
        <translation>This decision no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/minutes.py" line="298"/>
        <location filename="../../services/meetings/minutes.py" line="320"/>
        <source>Schrijf op wat er moet gebeuren.</source>
        <translation>Write down what has to be done.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/minutes.py" line="324"/>
        <location filename="../../services/meetings/minutes.py" line="336"/>
        <location filename="../../services/meetings/minutes.py" line="348"/>
        <source>Dit actiepunt bestaat niet meer.</source>
        <translation>This action item no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/plan.py" line="149"/>
        <source>Stel eerst het vergaderritme van {body} in (om de hoeveel maanden het overleg vergadert).</source>
        <translation>First set the meeting rhythm of {body} (every how many months the body meets).</translation>
    </message>
    <message>
        <location filename="../../services/meetings/plan.py" line="235"/>
        <source>Het einde van de vergadering moet na het begin liggen.</source>
        <translation>The end of the meeting must be after its start.</translation>
    </message>
    <message>
        <location filename="../../services/partners/cost_split.py" line="21"/>
        <source>Het bedrag om te verdelen kan niet negatief zijn.</source>
        <translation>The amount to split cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../services/partners/cost_split.py" line="23"/>
        <source>Kies de organisaties waarover het bedrag verdeeld wordt.</source>
        <translation>Choose the organisations the amount is split over.</translation>
    </message>
    <message>
        <location filename="../../services/partners/cost_split.py" line="26"/>
        <source>Een aandeel kan niet negatief zijn.</source>
        <translation>A share cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../services/partners/cost_split.py" line="29"/>
        <source>De gekozen organisaties hebben samen geen inwoners of aandelen; vul die in of verdeel gelijk.</source>
        <translation>Together the chosen organisations have no inhabitants or shares; fill those in or split equally.</translation>
    </message>
    <message>
        <location filename="../../services/partners/cost_split.py" line="52"/>
        <source>Geen inwonertal bekend voor: {label}. Vul het in bij de organisatie, of verdeel gelijk of naar vaste aandelen.</source>
        <translation>No number of inhabitants known for: {label}. Fill it in at the organisation, or split equally or by fixed shares.</translation>
    </message>
    <message>
        <location filename="../../services/partners/funding.py" line="88"/>
        <source>Een bedrag moet groter zijn dan nul.</source>
        <translation>An amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../services/partners/funding.py" line="91"/>
        <location filename="../../services/timeline/commands.py" line="33"/>
        <source>Het jaar moet tussen 1990 en 2100 liggen.</source>
        <translation>The year must be between 1990 and 2100.</translation>
    </message>
    <message>
        <location filename="../../services/partners/funding.py" line="93"/>
        <source>Onbekende stand: {status}. Kies toegezegd of beoogd.</source>
        <translation>Unknown status: {status}. Choose toegezegd (committed) or beoogd (intended).</translation>
    </message>
    <message>
        <location filename="../../services/partners/funding.py" line="123"/>
        <source>Deze financieringsregel bestaat niet meer.</source>
        <translation>This funding line no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/partners/funding.py" line="147"/>
        <source>Er is niets te verdelen.</source>
        <translation>There is nothing to split.</translation>
    </message>
    <message>
        <location filename="../../services/partners/matrix.py" line="217"/>
        <source>Onbekende rol: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <location filename="../../services/partners/matrix.py" line="220"/>
        <source>Kies eerst een of meer cellen met een doel en een organisatie.</source>
        <translation>First choose one or more cells with a goal and an organisation.</translation>
    </message>
    <message>
        <location filename="../../services/partners/matrix.py" line="233"/>
        <source>Een doel of organisatie bestaat niet meer; de matrix is bijgewerkt, probeer het opnieuw.</source>
        <translation>A goal or organisation no longer exists; the matrix has been updated, please try again.</translation>
    </message>
    <message>
        <location filename="../../services/partners/organisations.py" line="72"/>
        <location filename="../../services/partners/organisations.py" line="120"/>
        <source>Deze organisatie bestaat niet meer.</source>
        <translation>This organisation no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/partners/organisations.py" line="82"/>
        <source>Een organisatie heeft een naam nodig.</source>
        <translation>An organisation needs a name.</translation>
    </message>
    <message>
        <location filename="../../services/partners/organisations.py" line="85"/>
        <source>Het aantal inwoners kan niet negatief zijn.</source>
        <translation>The number of inhabitants cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../services/partners/organisations.py" line="141"/>
        <source>Kies twee verschillende organisaties om samen te voegen.</source>
        <translation>Choose two different organisations to merge.</translation>
    </message>
    <message>
        <location filename="../../services/partners/organisations.py" line="148"/>
        <source>Een van beide organisaties bestaat niet meer.</source>
        <translation>One of the two organisations no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/partners/organisations.py" line="186"/>
        <source>Een persoon heeft een naam nodig.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <location filename="../../services/partners/organisations.py" line="190"/>
        <location filename="../../store/rules.py" line="129"/>
        <source>&apos;{email}&apos; is geen geldig e-mailadres.</source>
        <translation>&apos;{email}&apos; is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../services/partners/organisations.py" line="198"/>
        <source>Deze persoon bestaat niet meer.</source>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/sync/session.py" line="26"/>
        <source>{name} is beschadigd of onleesbaar; er is niets samengevoegd.</source>
        <translation>{name} is damaged or unreadable; nothing was merged.</translation>
    </message>
    <message>
        <location filename="../../services/sync/session.py" line="34"/>
        <source>De reservekopie van {name} voor het samenvoegen kon niet worden gecontroleerd; er is niets samengevoegd.</source>
        <translation>The backup of {name} made before merging could not be verified; nothing was merged.</translation>
    </message>
    <message>
        <location filename="../../services/sync/session.py" line="63"/>
        <source>De reservekopie van {name} voor het synchroniseren kon niet worden gecontroleerd; er is niets gewijzigd.</source>
        <translation>The backup of {name} made before synchronising could not be verified; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="29"/>
        <source>Onbekende precisie: {precision}.</source>
        <translation>Unknown precision: {precision}.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="36"/>
        <source>Kies een kwartaal van 1 tot en met 4.</source>
        <translation>Choose a quarter from 1 to 4.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="38"/>
        <source>Kies een maand van 1 tot en met 12.</source>
        <translation>Choose a month from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="41"/>
        <source>Kies de datum waarop de mijlpaal af moet zijn.</source>
        <translation>Choose the date by which the milestone must be done.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="89"/>
        <location filename="../../services/timeline/commands.py" line="143"/>
        <location filename="../../services/timeline/commands.py" line="163"/>
        <source>Deze mijlpaal bestaat niet meer.</source>
        <translation>This milestone no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="105"/>
        <source>Geef de mijlpaal een titel.</source>
        <translation>Give the milestone a title.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="127"/>
        <source>Een mijlpaal heeft een titel nodig.</source>
        <translation>A milestone needs a title.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="130"/>
        <source>Onbekende stand: {status}.</source>
        <translation>Unknown status: {status}.</translation>
    </message>
    <message>
        <location filename="../../services/timeline/commands.py" line="138"/>
        <source>De mijlpaal kan niet beginnen na de datum waarop hij af moet zijn.</source>
        <translation>The milestone cannot start after the date by which it must be done.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="136"/>
        <location filename="../../store/schema.py" line="51"/>
        <source>Het bestand {name} bestaat niet.</source>
        <translation>The file {name} does not exist.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="139"/>
        <source>{name} is een map, geen JSON-bestand.</source>
        <translation>{name} is a folder, not a JSON file.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="142"/>
        <location filename="../../store/schema.py" line="57"/>
        <source>Het bestand {name} kan niet worden gelezen ({reason}).</source>
        <translation>The file {name} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="148"/>
        <source>Het bestand {name} is geen JSON-export van ZorgDesk: het is geen UTF-8-tekst.</source>
        <translation>The file {name} is not a JSON export of ZorgDesk: it is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="152"/>
        <source>Het bestand {name} is leeg; er is niets te importeren.</source>
        <translation>The file {name} is empty; there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="157"/>
        <source>Het bestand {name} is geen geldige JSON: fout op regel {line}, kolom {column} ({error}).</source>
        <translation>The file {name} is not valid JSON: error on line {line}, column {column} ({error}).</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="162"/>
        <source>Het bestand {name} is te diep genest om te lezen.</source>
        <translation>The file {name} is nested too deeply to read.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="165"/>
        <source>Het bestand {name} is geen JSON-export van ZorgDesk: het hoofdniveau moet een object ({{...}}) zijn.</source>
        <translation>The file {name} is not a JSON export of ZorgDesk: the top level must be an object ({{...}}).</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="176"/>
        <source>de opbouw klopt hier niet</source>
        <translation>the structure is wrong here</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="180"/>
        <source>er ontbreekt een komma</source>
        <translation>a comma is missing</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="182"/>
        <source>er ontbreekt een dubbele punt</source>
        <translation>a colon is missing</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="183"/>
        <source>hier hoort een waarde te staan</source>
        <translation>a value belongs here</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="185"/>
        <source>een veldnaam moet tussen dubbele aanhalingstekens staan</source>
        <translation>a field name must be between double quotes</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="188"/>
        <source>een tekst wordt niet afgesloten</source>
        <translation>a text is not closed</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="190"/>
        <source>na het einde van het document staat nog iets</source>
        <translation>there is something after the end of the document</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="192"/>
        <source>een tekst bevat een ongeldig stuurteken</source>
        <translation>a text contains an invalid control character</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="193"/>
        <source>een tekst bevat een ongeldige escape met \</source>
        <translation>a text contains an invalid escape with \</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="208"/>
        <source>{name} is geen ZorgDesk-export: het veld &apos;format&apos; is {found} in plaats van &quot;{format_name}&quot;.</source>
        <translation>{name} is not a ZorgDesk export: the field &apos;format&apos; is {found} instead of &quot;{format_name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="214"/>
        <source>In {name} ontbreekt het veld &apos;format_version&apos; (een geheel getal).</source>
        <translation>In {name} the field &apos;format_version&apos; (a whole number) is missing.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="218"/>
        <source>{name} is gemaakt met een nieuwere versie van ZorgDesk (exportformaat {version}; deze versie leest tot en met {newest}). Werk ZorgDesk bij.</source>
        <translation>{name} was made with a newer version of ZorgDesk (export format {version}; this version reads up to {newest}). Update ZorgDesk.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="223"/>
        <source>In {name} is &apos;format_version&apos; {version} ongeldig.</source>
        <translation>In {name} &apos;format_version&apos; {version} is invalid.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="228"/>
        <source>In {name} ontbreekt het veld &apos;schema_version&apos; (een geheel getal).</source>
        <translation>In {name} the field &apos;schema_version&apos; (a whole number) is missing.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="232"/>
        <source>{name} komt uit een nieuwere versie van ZorgDesk (schemaversie {version}; deze versie kent tot en met {newest}). Werk ZorgDesk bij.</source>
        <translation>{name} comes from a newer version of ZorgDesk (schema version {version}; this version knows up to {newest}). Update ZorgDesk.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="238"/>
        <source>In {name} ontbreekt het onderdeel &apos;tables&apos; (een object met tabellen).</source>
        <translation>In {name} the part &apos;tables&apos; (an object with tables) is missing.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="244"/>
        <source>{name} bevat een onbekende soort gegevens: &apos;{table}&apos;. Deze versie van ZorgDesk kent die niet; er is niets geïmporteerd.</source>
        <translation>{name} contains an unknown kind of data: &apos;{table}&apos;. This version of ZorgDesk does not know it; nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="255"/>
        <source>In {name} moet &apos;{table}&apos; ({kind}) een lijst zijn, maar het is {actual}.</source>
        <translation>In {name} &apos;{table}&apos; ({kind}) must be a list, but it is {actual}.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="264"/>
        <source>In {name} is {kind} {number} geen object maar {actual}.</source>
        <translation>In {name} {kind} {number} is not an object but {actual}.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="270"/>
        <source>In {name} heeft {where} een onbekend veld &apos;{field}&apos;.</source>
        <translation>In {name} {where} has an unknown field &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="279"/>
        <source>In {name} mist {where} het verplichte veld &apos;{column}&apos; ({type}).</source>
        <translation>In {name} {where} lacks the required field &apos;{column}&apos; ({type}).</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="288"/>
        <source>In {name} is bij {where} het veld &apos;{column}&apos; leeg (null), maar het is verplicht.</source>
        <translation>In {name} the field &apos;{column}&apos; of {where} is empty (null), but it is required.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="300"/>
        <source>In {name} heeft {where} in het veld &apos;{column}&apos; de waarde {value}; verwacht wordt {expected}.</source>
        <translation>In {name} {where} has the value {value} in the field &apos;{column}&apos;; expected is {expected}.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="307"/>
        <source>In {name} kan {where} niet worden overgenomen: {reason}</source>
        <translation>In {name}, {where} cannot be taken over: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="312"/>
        <source>In {name} komt {where} twee keer voor (zelfde sleutel).</source>
        <translation>In {name} {where} occurs twice (same key).</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="329"/>
        <source>In {name} verwijst {where} in het veld &apos;{column}&apos; naar {target} {value}, maar die staat niet in de export.</source>
        <translation>In {name} {where} refers in the field &apos;{column}&apos; to {target} {value}, but that is not in the export.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="340"/>
        <source>In {name} staat {where} (via zijn bovenliggende) onder zichzelf; zo&apos;n kring kan niet worden getoond. Er is niets geïmporteerd.</source>
        <translation>In {name}, {where} is (through its parents) below itself; such a cycle cannot be shown. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="345"/>
        <source>In {name} staan {count} werkruimtes; er mag er één zijn.</source>
        <translation>{name} holds {count} workspaces; there may be only one.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="400"/>
        <source>{name} bestaat al en is geen (leesbare) ZorgDesk-werkruimte; ZorgDesk overschrijft het niet. Kies een andere bestandsnaam.</source>
        <translation>{name} already exists and is not a (readable) ZorgDesk workspace; ZorgDesk does not overwrite it. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/json_import.py" line="447"/>
        <source>In {name} voldoet {where} niet aan de regels van de werkruimte ({reason}). Er is niets geïmporteerd.</source>
        <translation>In {name} {where} does not meet the rules of the workspace ({reason}). Nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/versions.py" line="85"/>
        <source>Geef de versie een naam, bijvoorbeeld &apos;Werkagenda 2025&apos;.</source>
        <translation>Give the version a name, for example &apos;Werkagenda 2025&apos;.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/versions.py" line="133"/>
        <source>Deze werkruimte heeft nog geen vastgestelde versie.</source>
        <translation>This workspace has no adopted version yet.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/versions.py" line="135"/>
        <source>Er is geen vastgestelde versie &apos;{ref}&apos;. Kies uit: {known}.</source>
        <translation>There is no adopted version &apos;{ref}&apos;. Choose from: {known}.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/versions.py" line="146"/>
        <location filename="../../services/workspace/versions.py" line="335"/>
        <source>Deze vastgestelde versie bestaat niet meer.</source>
        <translation>This adopted version no longer exists.</translation>
    </message>
    <message>
        <location filename="../../services/workspace/versions.py" line="152"/>
        <source>De vastgestelde versie is beschadigd en kan niet gelezen worden.</source>
        <translation>The adopted version is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../store/atomic.py" line="112"/>
        <source>{name} is een ZorgDesk-werkruimte; ZorgDesk schrijft er niets anders overheen. Kies een andere bestandsnaam.</source>
        <translation>{name} is a ZorgDesk workspace; ZorgDesk writes nothing else over it. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../store/backup.py" line="76"/>
        <source>De kopie van {name} is niet in orde ({verdict}); er is niets weggeschreven.</source>
        <translation>The copy of {name} is not sound ({verdict}); nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../store/backup.py" line="83"/>
        <source>Van {name} kan geen kopie worden gemaakt: het bestand is beschadigd of geen database ({reason}). Er is niets weggeschreven.</source>
        <translation>No copy can be made of {name}: the file is damaged or not a database ({reason}). Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../store/backup.py" line="252"/>
        <source>De reservekopie {name} is zelf niet in orde en wordt niet teruggezet.</source>
        <translation>The backup {name} is itself not sound and will not be restored.</translation>
    </message>
    <message>
        <location filename="../../store/changes_file.py" line="112"/>
        <source>{name} is ouder dan een wijzigingenbestand van dezelfde afzender dat hier al is verwerkt; het wordt niet toegepast. Er is niets gewijzigd.</source>
        <translation>{name} is older than a changes file from the same sender that was already applied here; it is not applied. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../store/errors.py" line="108"/>
        <source>De wijziging kon niet worden opgeslagen in {name}: de schijf is vol (of het bestand mag niet groter worden). De werkruimte zelf is in orde; alleen deze laatste wijziging is niet bewaard. Maak ruimte vrij op de schijf en probeer het opnieuw.</source>
        <translation>The change could not be saved in {name}: the disk is full (or the file may not grow any larger). The workspace itself is fine; only this last change has not been kept. Free up space on the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../store/errors.py" line="157"/>
        <source>De wijziging kon niet worden opgeslagen in {name}: schrijven naar de schijf mislukte. De werkruimte zelf is in orde; alleen deze laatste wijziging is niet bewaard. Controleer of de schijf of map nog bereikbaar is en probeer het opnieuw.</source>
        <translation>The change could not be saved in {name}: writing to the disk failed. The workspace itself is fine; only this last change has not been kept. Check that the disk or folder can still be reached and try again.</translation>
    </message>
    <message>
        <location filename="../../store/errors.py" line="163"/>
        <source>Deze wijziging past niet bij de regels van de werkruimte {name} ({reason}); er is niets opgeslagen.</source>
        <translation>This change does not fit the rules of the workspace {name} ({reason}); nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../store/errors.py" line="167"/>
        <source>De werkruimte {name} kan niet worden gewijzigd: het bestand of de map is alleen-lezen. Er is niets opgeslagen.</source>
        <translation>The workspace {name} cannot be changed: the file or the folder is read-only. Nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../store/errors.py" line="178"/>
        <source>die waarde bestaat al</source>
        <translation>that value exists already</translation>
    </message>
    <message>
        <location filename="../../store/errors.py" line="180"/>
        <source>een verplicht veld is leeg</source>
        <translation>a required field is empty</translation>
    </message>
    <message>
        <location filename="../../store/errors.py" line="182"/>
        <source>het verwijst naar iets dat niet (meer) bestaat</source>
        <translation>it refers to something that does not exist (any more)</translation>
    </message>
    <message>
        <location filename="../../store/errors.py" line="184"/>
        <source>een controle van de werkruimte faalt</source>
        <translation>a check of the workspace fails</translation>
    </message>
    <message>
        <location filename="../../store/integrity.py" line="33"/>
        <source>De werkruimte {name} is beschadigd ({detail}). ZorgDesk opent het bestand niet en wijzigt het niet; zet de nieuwste goede reservekopie terug.</source>
        <translation>The workspace {name} is damaged ({detail}). ZorgDesk does not open the file and does not change it; restore the newest good backup.</translation>
    </message>
    <message>
        <location filename="../../store/integrity.py" line="40"/>
        <source>het schema is onleesbaar</source>
        <translation>the schema is unreadable</translation>
    </message>
    <message>
        <location filename="../../store/integrity.py" line="121"/>
        <source>de ouder-kindrelaties in {table} vormen een kring</source>
        <translation>the parent-child relations in {table} form a cycle</translation>
    </message>
    <message>
        <location filename="../../store/integrity.py" line="156"/>
        <location filename="../../store/integrity.py" line="305"/>
        <source>onleesbare tekst in {column}</source>
        <translation>unreadable text in {column}</translation>
    </message>
    <message>
        <location filename="../../store/integrity.py" line="160"/>
        <source>{count} rij(en) verwijzen naar rijen die niet bestaan, bijvoorbeeld in {table}</source>
        <translation>{count} row(s) refer to rows that do not exist, for example in {table}</translation>
    </message>
    <message>
        <location filename="../../store/location.py" line="157"/>
        <source>Werk liever op een lokale kopie: ZorgDesk kan {name} naar de eigen map op deze computer kopiëren. Deel de werkruimte met anderen als gesloten kopie (Reservekopie of Exporteren), niet door het live bestand in een gedeelde map te zetten.</source>
        <translation>Better work on a local copy: ZorgDesk can copy {name} to its own folder on this computer. Share the workspace with others as a closed copy (Backup or Export), not by putting the live file in a shared folder.</translation>
    </message>
    <message>
        <location filename="../../store/location.py" line="184"/>
        <source>De werkruimte {name} staat op een netwerkpad ({share}). Een werkruimte die via het netwerk wordt bewerkt, kan beschadigd raken. {advice}</source>
        <translation>The workspace {name} is on a network path ({share}). A workspace edited over the network can get damaged. {advice}</translation>
    </message>
    <message>
        <location filename="../../store/location.py" line="194"/>
        <source>De werkruimte {name} staat op netwerkschijf {drive}. Een werkruimte die via het netwerk wordt bewerkt, kan beschadigd raken. {advice}</source>
        <translation>The workspace {name} is on network drive {drive}. A workspace edited over the network can get damaged. {advice}</translation>
    </message>
    <message>
        <location filename="../../store/location.py" line="204"/>
        <source>De werkruimte {name} staat in een gesynchroniseerde map ({client}). Zo&apos;n map kan een bestand halverwege het opslaan kopiëren of een oudere versie terugzetten, waardoor wijzigingen verloren gaan. {advice}</source>
        <translation>The workspace {name} is in a synchronised folder ({client}). Such a folder can copy a file halfway through saving or put back an older version, so that changes are lost. {advice}</translation>
    </message>
    <message>
        <location filename="../../store/location.py" line="218"/>
        <source>De werkruimte {name} staat op een netwerkschijf ({fstype} op {mount_point}). Een werkruimte die via het netwerk wordt bewerkt, kan beschadigd raken. {advice}</source>
        <translation>The workspace {name} is on a network drive ({fstype} on {mount_point}). A workspace edited over the network can get damaged. {advice}</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="42"/>
        <source>proces {pid} ({app}) op computer {host}</source>
        <translation>process {pid} ({app}) on computer {host}</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="45"/>
        <source>proces {pid} ({app})</source>
        <translation>process {pid} ({app})</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="48"/>
        <source>proces {pid} op computer {host}</source>
        <translation>process {pid} on computer {host}</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="50"/>
        <source>proces {pid}</source>
        <translation>process {pid}</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="51"/>
        <source>een ander programma</source>
        <translation>another program</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="108"/>
        <source>De werkruimte {name} is in deze ZorgDesk nog geopend. Sluit haar eerst (open een andere werkruimte) en probeer het dan opnieuw.</source>
        <translation>The workspace {name} is still open in this ZorgDesk. Close it first (open another workspace) and then try again.</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="123"/>
        <source>De werkruimte {name} is al geopend door {holder}. Sluit de werkruimte daar eerst: twee vensters tegelijk zouden elkaars wijzigingen overschrijven. Is die computer uitgezet of vastgelopen, verwijder dan het bestand {lock_name} in {folder} en probeer het opnieuw.</source>
        <translation>The workspace {name} is already open in {holder}. Close the workspace there first: two windows at once would overwrite each other&apos;s changes. If that computer was switched off or has hung, delete the file {lock_name} in {folder} and try again.</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="130"/>
        <source>De werkruimte {name} kan niet worden vergrendeld: het slotbestand {lock_file} kan niet worden aangemaakt (geen schrijfrechten?).</source>
        <translation>The workspace {name} cannot be locked: the lock file {lock_file} cannot be created (no write permission?).</translation>
    </message>
    <message>
        <location filename="../../store/merge.py" line="150"/>
        <source>{name} heeft een oudere schemaversie; open het eerst met deze versie van ZorgDesk. Er is niets gewijzigd.</source>
        <translation>{name} has an older schema version; open it with this version of ZorgDesk first. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../store/merge.py" line="203"/>
        <source>{name} is een andere werkruimte, geen kopie van deze. Er is niets gewijzigd.</source>
        <translation>{name} is a different workspace, not a copy of this one. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../store/merge.py" line="224"/>
        <source>Samenvoegen met {name} is mislukt; er is niets gewijzigd. Technische reden: {reason}</source>
        <translation>Merging with {name} failed; nothing was changed. Technical reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../store/migrate.py" line="82"/>
        <source>De werkruimte {name} kon niet worden bijgewerkt naar de nieuwe versie (van schemaversie {version}). Er is niets gewijzigd: het bestand is precies zoals het was, en de reservekopie van voor de poging is bewaard. Werk met de vorige versie van ZorgDesk verder en meld dit probleem (reden: {reason}).</source>
        <translation>The workspace {name} could not be updated to the new version (from schema version {version}). Nothing changed: the file is exactly as it was, and the backup from before the attempt is kept. Continue with the previous version of ZorgDesk and report this problem (reason: {reason}).</translation>
    </message>
    <message>
        <location filename="../../store/rights.py" line="52"/>
        <source>Onbekende rol {name}; kies lezer, bewerker of beheerder.</source>
        <translation>Unknown role {name}; choose lezer, bewerker or beheerder.</translation>
    </message>
    <message>
        <location filename="../../store/rights.py" line="57"/>
        <source>De gebruiker {name} bestaat niet op de server; laat de beheerder van de server die eerst aanmaken.</source>
        <translation>The user {name} does not exist on the server; ask the server&apos;s administrator to create it first.</translation>
    </message>
    <message>
        <location filename="../../store/rules.py" line="121"/>
        <source>De tekst in &apos;{column}&apos; is {length} tekens lang; er passen er ten hoogste {limit}.</source>
        <translation>The text in &apos;{column}&apos; is {length} characters long; at most {limit} fit.</translation>
    </message>
    <message>
        <location filename="../../store/rules.py" line="125"/>
        <source>&apos;{column}&apos; mag niet leeg zijn of alleen uit onzichtbare tekens bestaan.</source>
        <translation>&apos;{column}&apos; may not be empty or consist of invisible characters only.</translation>
    </message>
    <message>
        <location filename="../../store/rules.py" line="137"/>
        <source>De waarde {value} voor {label} kan niet: kies tussen {low} en {high}.</source>
        <translation>The value {value} for {label} is not possible: choose between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../store/rules.py" line="143"/>
        <source>Het getal {value} in &apos;{column}&apos; kan niet worden opgeslagen (ten hoogste {limit} groot).</source>
        <translation>The number {value} in &apos;{column}&apos; cannot be stored (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../store/rules.py" line="148"/>
        <source>De datum {value} in &apos;{column}&apos; kan niet: het jaar moet tussen {low} en {high} liggen.</source>
        <translation>The date {value} in &apos;{column}&apos; is not possible: the year must be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../store/rules.py" line="167"/>
        <source>De periode {start}-{end} loopt achteruit: het beginjaar moet voor het eindjaar liggen.</source>
        <translation>The period {start}-{end} runs backwards: the first year must come before the last.</translation>
    </message>
    <message>
        <location filename="../../store/rules.py" line="198"/>
        <source>Een {kind} kan niet onder zichzelf of onder een van zijn eigen onderdelen komen te staan.</source>
        <translation>A {kind} cannot be placed under itself or under one of its own parts.</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="54"/>
        <source>{name} is een map, geen werkruimte.</source>
        <translation>{name} is a folder, not a workspace.</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="61"/>
        <source>Het bestand {name} is leeg; het is geen ZorgDesk-werkruimte.</source>
        <translation>The file {name} is empty; it is not a ZorgDesk workspace.</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="65"/>
        <source>Het bestand {name} is afgebroken: er staat alleen het begin van een database in. ZorgDesk opent het niet en wijzigt het niet.</source>
        <translation>The file {name} is cut off: it holds only the beginning of a database. ZorgDesk does not open it and does not change it.</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="69"/>
        <source>Het bestand {name} is geen ZorgDesk-werkruimte{hint}. ZorgDesk opent het niet en wijzigt het niet.</source>
        <translation>The file {name} is not a ZorgDesk workspace{hint}. ZorgDesk does not open it and does not change it.</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="75"/>
        <source>Het bestand {name} is een database, maar geen ZorgDesk-werkruimte.</source>
        <translation>The file {name} is a database, but not a ZorgDesk workspace.</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="80"/>
        <source>De werkruimte {name} is beschadigd: {problem}. ZorgDesk opent het bestand niet en wijzigt het niet.</source>
        <translation>The workspace {name} is damaged: {problem}. ZorgDesk does not open the file and does not change it.</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="84"/>
        <source>De werkruimte {name} is gemaakt met een nieuwere versie van ZorgDesk (schemaversie {version}; deze versie kent tot en met {newest}). Werk ZorgDesk bij om dit bestand te openen; het bestand is niet gewijzigd.</source>
        <translation>The workspace {name} was made with a newer version of ZorgDesk (schema version {version}; this version knows up to {newest}). Update ZorgDesk to open this file; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="96"/>
        <source> (het is een PDF-document)</source>
        <translation> (it is a PDF document)</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="98"/>
        <source> (het is een zip-bestand of een Office-document)</source>
        <translation> (it is a zip file or an Office document)</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="102"/>
        <source> (het lijkt een JSON-bestand; gebruik &apos;Importeren&apos; of &apos;zorgdesk import&apos; om een export in te lezen)</source>
        <translation> (it looks like a JSON file; use &apos;Import&apos; or &apos;zorgdesk import&apos; to read in an export)</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="109"/>
        <source> (het is een tekstbestand)</source>
        <translation> (it is a text file)</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="121"/>
        <source>de kop van het bestand noemt een onmogelijke paginagrootte</source>
        <translation>the header of the file gives an impossible page size</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="124"/>
        <source>de kop van het bestand noemt een onbekende bestandsversie</source>
        <translation>the header of the file gives an unknown file version</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="127"/>
        <source>de kop van het bestand bevat ongeldige waarden</source>
        <translation>the header of the file holds invalid values</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="130"/>
        <source>de kop van het bestand noemt een onbekend schemaformaat</source>
        <translation>the header of the file gives an unknown schema format</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="133"/>
        <source>de kop van het bestand noemt een onbekende tekstcodering</source>
        <translation>the header of the file gives an unknown text encoding</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="143"/>
        <source>het bestand is afgebroken (het eindigt midden in een pagina)</source>
        <translation>the file is cut off (it ends in the middle of a page)</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="148"/>
        <source>het bestand is afgebroken ({size} van de {expected} bytes zijn er)</source>
        <translation>the file is cut off ({size} of the {expected} bytes are there)</translation>
    </message>
    <message>
        <location filename="../../store/server.py" line="44"/>
        <source>{name} is geen geldig serveradres (verwacht: postgresql://server/database).</source>
        <translation>{name} is not a valid server address (expected: postgresql://server/database).</translation>
    </message>
    <message>
        <location filename="../../store/server.py" line="88"/>
        <source>De serverdatabase {name} bevat geen ZorgDesk-werkruimte. Zet er eerst een op met &apos;zorgdesk upload&apos;.</source>
        <translation>The server database {name} holds no ZorgDesk workspace. Put one there first with &apos;zorgdesk upload&apos;.</translation>
    </message>
    <message>
        <location filename="../../store/server.py" line="92"/>
        <source>De werkruimte {name} op de server heeft een schema dat deze versie van ZorgDesk niet kent (revisie {version}; deze versie kent tot en met {newest}). Werk ZorgDesk bij; er is niets gewijzigd.</source>
        <translation>The workspace {name} on the server has a schema this version of ZorgDesk does not know (revision {version}; this version knows up to {newest}). Update ZorgDesk; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../store/server.py" line="112"/>
        <source>De server voor {name} vraagt een wachtwoord, of het gegeven wachtwoord klopt niet.</source>
        <translation>The server for {name} asks for a password, or the password given is not correct.</translation>
    </message>
    <message>
        <location filename="../../store/server.py" line="115"/>
        <source>Kan geen verbinding maken met de server voor {name}: {reason}</source>
        <translation>Cannot connect to the server for {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../store/server.py" line="220"/>
        <source>Iemand anders heeft dit gegeven in {name} intussen gewijzigd. Uw wijziging is niet bewaard; de pagina toont nu wat er staat.</source>
        <translation>Someone else changed this item in {name} in the meantime. Your change was not saved; the page now shows what is stored.</translation>
    </message>
    <message>
        <location filename="../../store/server.py" line="226"/>
        <source>U mag in de werkruimte {name} alleen lezen; de server heeft de wijziging geweigerd. Er is niets gewijzigd.</source>
        <translation>You may only read the workspace {name}; the server refused the change. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../store/server.py" line="230"/>
        <source>De verbinding met de server van {name} is verbroken. Er is niets half bewaard; probeer het zo opnieuw.</source>
        <translation>The connection to the server of {name} was lost. Nothing was half saved; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../store/server_sync.py" line="110"/>
        <source>{name} is geen offline kopie van een serverwerkruimte; synchroniseren kan alleen met een kopie die met Offline meenemen is gemaakt.</source>
        <translation>{name} is not an offline copy of a server workspace; only a copy made with Take offline can be synchronised.</translation>
    </message>
    <message>
        <location filename="../../store/server_sync.py" line="251"/>
        <source>Iemand heeft {name} op de server gewijzigd terwijl u synchroniseerde. Er is niets naar de server gestuurd; synchroniseer nog een keer om die wijziging eerst op te halen.</source>
        <translation>Someone changed {name} on the server while you were synchronising. Nothing was sent to the server; synchronise once more to fetch that change first.</translation>
    </message>
    <message>
        <location filename="../../store/transfer.py" line="33"/>
        <source>De serverdatabase {name} is niet leeg. Een werkruimte gaat alleen naar een lege database; er is niets gewijzigd.</source>
        <translation>The server database {name} is not empty. A workspace only goes into an empty database; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../store/transfer.py" line="57"/>
        <source>Het bestand {name} bestaat al; kies een nieuwe naam. Er is niets overschreven.</source>
        <translation>The file {name} already exists; choose a new name. Nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../store/transfer.py" line="76"/>
        <source>De kopie van {name} klopt niet en is niet bewaard: {reason}</source>
        <translation>The copy of {name} is not right and was not kept: {reason}</translation>
    </message>
    <message>
        <location filename="../../store/workspace_store.py" line="281"/>
        <location filename="../../store/workspace_store.py" line="310"/>
        <source>De werkruimte {name} moet eerst worden bijgewerkt.</source>
        <translation>The workspace {name} must be updated first.</translation>
    </message>
    <message>
        <location filename="../../store/workspace_store.py" line="373"/>
        <source>De werkruimte {name} staat in een alleen-lezen map of is zelf alleen-lezen ({folder}); ZorgDesk kan er niets in opslaan. Kopieer het bestand naar een map waarin u mag schrijven (bijvoorbeeld Documenten) en open die kopie. Lezen kan wel: &apos;zorgdesk report&apos;, &apos;export&apos; en &apos;info&apos; werken ook hier.</source>
        <translation>The workspace {name} is in a read-only folder or is read-only itself ({folder}); ZorgDesk cannot save anything in it. Copy the file to a folder you may write to (for example Documents) and open that copy. Reading works: &apos;zorgdesk report&apos;, &apos;export&apos; and &apos;info&apos; work here too.</translation>
    </message>
    <message>
        <location filename="../../tables/export.py" line="48"/>
        <source>Onbekende lijst: {what}.</source>
        <translation>Unknown list: {what}.</translation>
    </message>
    <message>
        <location filename="../../tables/export.py" line="57"/>
        <source>Kies een bestandsnaam die eindigt op .xlsx of .csv.</source>
        <translation>Choose a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../tables/export.py" line="61"/>
        <source>Een CSV-bestand bevat één lijst; kies .xlsx voor alle lijsten.</source>
        <translation>A CSV file holds one list; choose .xlsx for all lists.</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="22"/>
        <location filename="../../tables/mapping.py" line="54"/>
        <location filename="../../tables/mapping.py" line="117"/>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="23"/>
        <location filename="../../tables/mapping.py" line="56"/>
        <source>mijlpaal</source>
        <translation>milestone</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="187"/>
        <location filename="../../tables/import_lists.py" line="404"/>
        <source>thema &apos;{value}&apos; bestaat niet</source>
        <translation>theme &apos;{value}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="202"/>
        <source>&apos;{value}&apos; is geen bekende organisatie of persoon</source>
        <translation>&apos;{value}&apos; is not a known organisation or person</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="212"/>
        <source>code &apos;{value}&apos; staat ook in cel {other}</source>
        <translation>code &apos;{value}&apos; is also in cell {other}</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="222"/>
        <source>dit doel staat ook in rij {other}</source>
        <translation>this goal is also in row {other}</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="267"/>
        <source>bovenliggend doel &apos;{value}&apos; bestaat niet</source>
        <translation>parent goal &apos;{value}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="276"/>
        <source>doel &apos;{value}&apos; kan niet onder zichzelf staan</source>
        <translation>goal &apos;{value}&apos; cannot be under itself</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="444"/>
        <location filename="../../tables/import_lists.py" line="397"/>
        <source>doel &apos;{value}&apos; bestaat niet</source>
        <translation>goal &apos;{value}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="454"/>
        <location filename="../../tables/plan.py" line="145"/>
        <source>{field} is leeg</source>
        <translation>{field} is empty</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="503"/>
        <source>kies een kwartaal van 1 tot en met 4</source>
        <translation>choose a quarter from 1 to 4</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="506"/>
        <source>kies een maand van 1 tot en met 12</source>
        <translation>choose a month from 1 to 12</translation>
    </message>
    <message>
        <location filename="../../tables/import_goals.py" line="509"/>
        <source>een mijlpaal per datum heeft een datum nodig</source>
        <translation>a milestone due on a date needs a date</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="19"/>
        <location filename="../../tables/mapping.py" line="88"/>
        <location filename="../../tables/mapping.py" line="120"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="20"/>
        <location filename="../../tables/mapping.py" line="122"/>
        <source>persoon</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="21"/>
        <source>actiepunt</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="22"/>
        <location filename="../../tables/mapping.py" line="123"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="39"/>
        <source>&apos;{value}&apos; staat ook in cel {other}</source>
        <translation>&apos;{value}&apos; is also in cell {other}</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="136"/>
        <source>{field} kan niet negatief zijn</source>
        <translation>{field} cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="199"/>
        <location filename="../../tables/import_lists.py" line="415"/>
        <source>organisatie &apos;{value}&apos; bestaat niet; lees eerst de organisaties in</source>
        <translation>organisation &apos;{value}&apos; does not exist; import the organisations first</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="210"/>
        <source>&apos;{value}&apos; is geen e-mailadres</source>
        <translation>&apos;{value}&apos; is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="277"/>
        <source>&apos;{value}&apos; is geen bekende persoon of organisatie</source>
        <translation>&apos;{value}&apos; is not a known person or organisation</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="293"/>
        <source>overleg &apos;{value}&apos; bestaat niet</source>
        <translation>body &apos;{value}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="409"/>
        <source>vul een doel of een thema in</source>
        <translation>fill in a goal or a theme</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="422"/>
        <source>persoon &apos;{value}&apos; bestaat niet</source>
        <translation>person &apos;{value}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../tables/import_lists.py" line="428"/>
        <source>vul een organisatie of een persoon in</source>
        <translation>fill in an organisation or a person</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="30"/>
        <location filename="../../tables/mapping.py" line="51"/>
        <location filename="../../tables/mapping.py" line="71"/>
        <location filename="../../tables/mapping.py" line="85"/>
        <location filename="../../tables/mapping.py" line="99"/>
        <location filename="../../tables/mapping.py" line="113"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="31"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="33"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="35"/>
        <location filename="../../tables/mapping.py" line="53"/>
        <location filename="../../tables/mapping.py" line="119"/>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="38"/>
        <source>niveau</source>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="39"/>
        <source>bovenliggend doel</source>
        <translation>parent goal</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="41"/>
        <source>bovenliggend-id</source>
        <translation>parent id</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="43"/>
        <source>streefjaar</source>
        <translation>target year</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="45"/>
        <source>trekker</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="47"/>
        <source>licht</source>
        <translation>light</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="52"/>
        <location filename="../../tables/mapping.py" line="114"/>
        <source>doel-id</source>
        <translation>goal id</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="58"/>
        <source>precisie</source>
        <translation>precision</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="59"/>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="60"/>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="61"/>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="62"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="63"/>
        <source>begin</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="65"/>
        <location filename="../../tables/mapping.py" line="106"/>
        <source>stand</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="66"/>
        <location filename="../../tables/mapping.py" line="107"/>
        <source>gereed op</source>
        <translation>done on</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="67"/>
        <location filename="../../tables/mapping.py" line="81"/>
        <location filename="../../tables/mapping.py" line="95"/>
        <location filename="../../tables/mapping.py" line="109"/>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="72"/>
        <location filename="../../tables/mapping.py" line="86"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="74"/>
        <source>afkorting</source>
        <translation>abbreviation</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="76"/>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="77"/>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="78"/>
        <source>inwoners</source>
        <translation>inhabitants</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="80"/>
        <source>coalitie</source>
        <translation>coalition</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="90"/>
        <source>functie</source>
        <translation>function</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="91"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="93"/>
        <source>publiceerbaar</source>
        <translation>publishable</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="100"/>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="102"/>
        <source>eigenaar</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="104"/>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="108"/>
        <source>overleg</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="115"/>
        <source>doeltitel</source>
        <translation>goal title</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="124"/>
        <source>hoedanigheid</source>
        <translation>capacity</translation>
    </message>
    <message>
        <location filename="../../tables/mapping.py" line="126"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../tables/plan.py" line="34"/>
        <source>Blad {sheet}, cel {cell}: {reason}</source>
        <translation>Sheet {sheet}, cell {cell}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tables/plan.py" line="80"/>
        <source>Problemen in {source}: {count}. Er is niets ingelezen.</source>
        <translation>Problems in {source}: {count}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../tables/plan.py" line="165"/>
        <source>er is geen kolom voor {field}</source>
        <translation>there is no column for {field}</translation>
    </message>
    <message>
        <location filename="../../tables/readers.py" line="54"/>
        <source>{name} is geen Excel- of CSV-bestand (.xlsx of .csv).</source>
        <translation>{name} is not an Excel or CSV file (.xlsx or .csv).</translation>
    </message>
    <message>
        <location filename="../../tables/readers.py" line="70"/>
        <source>{name} kan niet als Excel-bestand worden gelezen ({reason}).</source>
        <translation>{name} cannot be read as an Excel file ({reason}).</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="65"/>
        <location filename="../../tables/values.py" line="80"/>
        <source>{field} &apos;{value}&apos; is geen getal</source>
        <translation>{field} &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="91"/>
        <source>{field} &apos;{value}&apos; is geen geheel getal</source>
        <translation>{field} &apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="109"/>
        <source>{field} &apos;{value}&apos; is geen jaar</source>
        <translation>{field} &apos;{value}&apos; is not a year</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="115"/>
        <location filename="../../tables/values.py" line="155"/>
        <source>{field} {value} ligt niet tussen 1990 en 2100</source>
        <translation>{field} {value} is not between 1990 and 2100</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="152"/>
        <source>{field} &apos;{value}&apos; is geen datum</source>
        <translation>{field} &apos;{value}&apos; is not a date</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="198"/>
        <source>&apos;{value}&apos; is geen datum; typ bijvoorbeeld 15-12-2026 of 15 dec</source>
        <translation>&apos;{value}&apos; is not a date; type for example 15-12-2026 or 15 Dec</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="202"/>
        <source>{value} ligt niet tussen 1990 en 2100</source>
        <translation>{value} is not between 1990 and 2100</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="228"/>
        <source>{field} &apos;{value}&apos; is geen ja of nee</source>
        <translation>{field} &apos;{value}&apos; is not yes or no</translation>
    </message>
    <message>
        <location filename="../../tables/values.py" line="237"/>
        <source>{field} &apos;{value}&apos; is onbekend; kies uit {choices}</source>
        <translation>{field} &apos;{value}&apos; is unknown; choose from {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/partners/cost_split_dialog.py" line="120"/>
        <source>Er is meer gedekt dan het totaal.</source>
        <translation>More is covered than the total.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/open_recovery.py" line="67"/>
        <source>De werkruimte {name} is niet geopend en niet gewijzigd.</source>
        <translation>The workspace {name} was not opened and not changed.</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="31"/>
        <source>Voorstellen voor de agenda</source>
        <translation>Suggestions for the agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="33"/>
        <source>Tussen de vergaderingen</source>
        <translation>Between the meetings</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="33"/>
        <source>Te laat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="34"/>
        <source>Rood</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="37"/>
        <source>Toon:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="41"/>
        <source>Toon voorstellen: {name}</source>
        <translation>Show suggestions: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="49"/>
        <source>Voorgestelde agendapunten</source>
        <translation>Suggested agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="64"/>
        <source>Geen voorstellen bij dit filter.</source>
        <translation>No suggestions with this filter.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/suggestion_dialog.py" line="67"/>
        <source>Vink aan wat op de agenda komt (spatiebalk vinkt het gekozen punt aan of uit):</source>
        <translation>Tick what goes on the agenda (the space bar ticks or unticks the chosen item):</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="45"/>
        <source>Offline meenemen</source>
        <translation>Take offline</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="47"/>
        <source>Offline meenemen kan vanuit een werkruimte op een server: open die eerst met Werkruimte › Openen van server…</source>
        <translation>Take offline works from a workspace on a server: open it first with Workspace › Open from server…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="54"/>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="58"/>
        <source>ZorgDesk-werkruimtes (*.zorgdesk)</source>
        <translation>ZorgDesk workspaces (*.zorgdesk)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="70"/>
        <source>%1 gegevens staan in %2. Werk daarin offline verder en kies later Werkruimte › Synchroniseren om uw wijzigingen en die van de anderen samen te brengen.

De offline kopie nu openen?</source>
        <translation>%1 records are in %2. Work on in it offline and later choose Workspace › Synchronise to bring your changes and those of the others together.

Open the offline copy now?</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="95"/>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="98"/>
        <source>Deze werkruimte is geen offline kopie van een server. Maak er een met Werkruimte › Offline meenemen… terwijl de serverwerkruimte open is.</source>
        <translation>This workspace is not an offline copy of a server. Make one with Workspace › Take offline… while the server workspace is open.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="133"/>
        <source>Al gelijk met de server: er was niets op te halen of te versturen.</source>
        <translation>Already the same as the server: there was nothing to fetch or send.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="136"/>
        <source>Gesynchroniseerd met de server: %1 wijzigingen opgehaald, %2 verstuurd, %3 conflicten beslist. Dit kan niet ongedaan worden gemaakt; er is eerst een reservekopie gemaakt.</source>
        <translation>Synchronised with the server: %1 changes fetched, %2 sent, %3 conflicts decided. This cannot be undone; a backup was made first.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="189"/>
        <source>Synchroniseren wacht op uw keuze: %1 conflicten (Werkruimte › Synchroniseren).</source>
        <translation>Synchronising waits for your choice: %1 conflicts (Workspace › Synchronise).</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="198"/>
        <source>De server is niet bereikbaar; ZorgDesk probeert het over vijf minuten opnieuw.</source>
        <translation>The server cannot be reached; ZorgDesk will try again in five minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/sync_actions.py" line="204"/>
        <source>Vanzelf gesynchroniseerd met de server om %1: %2 opgehaald, %3 verstuurd.</source>
        <translation>Synchronised with the server by itself at %1: %2 fetched, %3 sent.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="25"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="26"/>
        <source>Mijlpalen</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="27"/>
        <source>Jaarmarkeringen</source>
        <translation>Year marks</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="28"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="29"/>
        <source>Partnermatrix</source>
        <translation>Partner matrix</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="30"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="31"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="32"/>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="33"/>
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="34"/>
        <source>Agendapunten</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="35"/>
        <source>Besluitenlijst</source>
        <translation>Decision list</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="36"/>
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="48"/>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="58"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="60"/>
        <source>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="81"/>
        <source>{name} kon niet worden geschreven: {reason}</source>
        <translation>{name} could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/export_menu.py" line="90"/>
        <source>Alle lijsten in één werkmap…</source>
        <translation>All lists in one workbook…</translation>
    </message>
</context>
<context>
    <name>ThemeMatrixPanel</name>
    <message>
        <location filename="../../ui/partners/theme_matrix_panel.py" line="26"/>
        <source>Themamatrix</source>
        <translation>Theme matrix</translation>
    </message>
    <message>
        <location filename="../../ui/partners/theme_matrix_panel.py" line="36"/>
        <source>Per thema wie welke rol heeft; in een IZA-regioplan de bestuurlijke trekkers, de schrijfteams en de facilitator, zoals in de IZA-matrix. Alleen te lezen.</source>
        <translation>Per theme who has which role; in an IZA regional plan the executive leads, the writing teams and the facilitator, as in the IZA matrix. Read only.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/theme_matrix_panel.py" line="40"/>
        <source>Deze werkruimte heeft geen rollen op thema&apos;s.</source>
        <translation>This workspace has no roles on themes.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline/model.py" line="29"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="29"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="30"/>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="30"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="31"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="31"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="32"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="32"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="33"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="33"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="34"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="34"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="36"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="37"/>
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="38"/>
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="39"/>
        <source>vertraagd</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="40"/>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="185"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="189"/>
        <source>Klik: jaar markeren of vrijgeven. Dubbelklik: mijlpaal toevoegen.</source>
        <translation>Click: mark or unmark the year. Double-click: add a milestone.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="210"/>
        <source>Overkoepelende doelen</source>
        <translation>Overarching goals</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline/page.py" line="92"/>
        <source>Tijdlijn van doelen en mijlpalen</source>
        <translation>Timeline of goals and milestones</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="104"/>
        <source>Alleen wat afloopt in de komende</source>
        <translation>Only what is due in the next</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="107"/>
        <source>Aantal maanden vooruit</source>
        <translation>Number of months ahead</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="110"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="117"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="117"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="118"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="125"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="135"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="143"/>
        <source>▬ jaar met inzet of resultaat (klik om te markeren)   ◆ mijlpaal: blauw gepland of lopend, groen gereed, rood te laat   ━ looptijd   │ vandaag   Dubbelklik: mijlpaal toevoegen of wijzigen; sleep een mijlpaal om te verplaatsen.</source>
        <translation>▬ year with work or a result (click to mark)   ◆ milestone: blue planned or running, green done, red late   ━ duration   │ today   Double-click: add or change a milestone; drag a milestone to move it.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="295"/>
        <source>Jaar vrijgegeven</source>
        <translation>Year unmarked</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="295"/>
        <source>Jaar gemarkeerd</source>
        <translation>Year marked</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="309"/>
        <source>Mijlpaal toegevoegd</source>
        <translation>Milestone added</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="348"/>
        <location filename="../../ui/timeline/page.py" line="356"/>
        <source>Mijlpaal gewijzigd</source>
        <translation>Milestone changed</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="352"/>
        <source>de titel</source>
        <translation>the title</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="352"/>
        <source>de status</source>
        <translation>the status</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="353"/>
        <source>de planning</source>
        <translation>the due period</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="353"/>
        <source>het begin</source>
        <translation>the start</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="354"/>
        <source>de toelichting</source>
        <translation>the notes</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="385"/>
        <source>Mijlpaal verplaatst</source>
        <translation>Milestone moved</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="392"/>
        <source>Mijlpaal verwijderd</source>
        <translation>Milestone deleted</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="393"/>
        <source>Mijlpalen verwijderd</source>
        <translation>Milestones deleted</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="39"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="40"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="41"/>
        <source>vervallen</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="44"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="45"/>
        <source>Mijlpalen</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="46"/>
        <source>Rollen van partners</source>
        <translation>Partner roles</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="47"/>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="48"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="49"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="50"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="51"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="52"/>
        <source>Valt onder</source>
        <translation>Falls under</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="53"/>
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="54"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="55"/>
        <source>Doelstelling</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="56"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="57"/>
        <source>Budget en capaciteit</source>
        <translation>Budget and capacity</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="58"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="59"/>
        <source>Gereed</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="61"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="62"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="63"/>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="64"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="107"/>
        <source>Vastgestelde versies</source>
        <translation>Adopted versions</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="109"/>
        <source>Vastgestelde versie</source>
        <translation>Adopted version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="111"/>
        <source>Nu vaststellen…</source>
        <translation>Adopt now…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="112"/>
        <source>Versie vaststellen</source>
        <translation>Adopt version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="115"/>
        <source>Wijzigingen sinds</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="122"/>
        <source>Wijzigingen sinds de vastgestelde versie</source>
        <translation>Changes since the adopted version</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="124"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="124"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="124"/>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="125"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="136"/>
        <source>Als PDF opslaan…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="138"/>
        <source>Wijzigingen als PDF opslaan</source>
        <translation>Save changes as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="168"/>
        <source>Er is nog geen vastgestelde versie. Met &apos;Nu vaststellen…&apos; legt u de werkagenda van vandaag vast.</source>
        <translation>There is no adopted version yet. &apos;Adopt now…&apos; records today&apos;s work agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="173"/>
        <source>1 wijziging sinds deze versie.</source>
        <translation>1 change since this version.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="174"/>
        <source>%1 wijzigingen sinds deze versie.</source>
        <translation>%1 changes since this version.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="208"/>
        <source>Versie vastgesteld</source>
        <translation>Version adopted</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="227"/>
        <location filename="../../ui/workspace/versions_dialog.py" line="237"/>
        <source>Wijzigingen opslaan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/versions_dialog.py" line="227"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>YearPlanDialog</name>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="198"/>
        <source>Jaar plannen</source>
        <translation>Plan a year</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="216"/>
        <source>eerste</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="216"/>
        <source>tweede</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="217"/>
        <source>derde</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="217"/>
        <source>vierde</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="218"/>
        <source>laatste</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="226"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="227"/>
        <source>Standaardpunten op de agenda zetten (opening, verslag, actielijst, rondvraag, sluiting)</source>
        <translation>Put the standard items on the agenda (opening, minutes, action list, any other business, closing)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="230"/>
        <source>Geen vergaderingen in juli en augustus (zomerreces)</source>
        <translation>No meetings in July and August (summer recess)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="233"/>
        <source>Voorgestelde vergaderingen</source>
        <translation>Proposed meetings</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="237"/>
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="238"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="239"/>
        <source>Elke</source>
        <translation>Every</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="240"/>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="241"/>
        <source>Op de</source>
        <translation>On the</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="242"/>
        <source>Weekdag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="243"/>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="244"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="249"/>
        <source>Plannen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="254"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="304"/>
        <source>(verschoven: %1)</source>
        <translation>(moved: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="307"/>
        <source>(ligt in het verleden)</source>
        <translation>(in the past)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="312"/>
        <source>  (in deze maand al gepland: overgeslagen)</source>
        <translation>  (already planned this month: skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="318"/>
        <source>Tegelijk met: </source>
        <translation>At the same time as: </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="322"/>
        <source>1 nieuwe vergadering.</source>
        <translation>1 new meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="323"/>
        <source>%1 nieuwe vergaderingen.</source>
        <translation>%1 new meetings.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meetings/meeting_dialogs.py" line="325"/>
        <source>Let op: %n keer hebben leden dan al een ander overleg.</source>
        <translation>
            <numerusform>Note: %n time members already have another meeting then.</numerusform>
            <numerusform>Note: %n times members already have another meeting then.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="328"/>
        <source>Let op: 1 in het verleden.</source>
        <translation>Note: 1 in the past.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="329"/>
        <source>Let op: %1 in het verleden.</source>
        <translation>Note: %1 in the past.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="69"/>
        <source>gereed %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="71"/>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="73"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="74"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_models.py" line="74"/>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="235"/>
        <source>ter informatie</source>
        <translation>for information</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="236"/>
        <source>ter bespreking</source>
        <translation>for discussion</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="237"/>
        <source>ter besluitvorming</source>
        <translation>for decision</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/agenda_model.py" line="238"/>
        <source>hamerstuk</source>
        <translation>formality</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="45"/>
        <source>aanwezig</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="46"/>
        <source>afgemeld</source>
        <translation>sent apologies</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes_tab.py" line="47"/>
        <source>afwezig</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>body</name>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="60"/>
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="61"/>
        <source>secretaris</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="62"/>
        <source>lid</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="63"/>
        <source>agendalid</source>
        <translation>agenda member</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="72"/>
        <source>bestuurlijk</source>
        <translation>administrative</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="73"/>
        <source>ambtelijk</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="74"/>
        <source>themagroep</source>
        <translation>theme group</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="75"/>
        <source>coördinatieteam</source>
        <translation>coordination team</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="76"/>
        <source>dialoogtafel</source>
        <translation>dialogue table</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/body_dialog.py" line="77"/>
        <source>PHO</source>
        <translation>PHO</translation>
    </message>
</context>
<context>
    <name>lights</name>
    <message>
        <location filename="../../ui/kit/lights.py" line="20"/>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../ui/kit/lights.py" line="21"/>
        <source>oranje</source>
        <translation>amber</translation>
    </message>
    <message>
        <location filename="../../ui/kit/lights.py" line="22"/>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../ui/kit/lights.py" line="24"/>
        <source>geen status</source>
        <translation>no status</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="48"/>
        <source> maand</source>
        <translation> month</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="49"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
</context>
</TS>
