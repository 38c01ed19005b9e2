<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name />
    <message>
        <location filename="../../zorgdesk/ui/goal_card_html.py" line="29" />
        <source>streefjaar nader te bepalen</source>
        <translation>target year to be decided</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goal_card_html.py" line="31" />
        <source>streefjaar</source>
        <translation>target year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="134" />
        <source>Doelen en thema's</source>
        <translation>Goals and themes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="136" />
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="138" />
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="140" />
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="142" />
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="46" />
        <source>Actiepunt</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="46" />
        <source>Nieuw actiepunt</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="49" />
        <source>Wat moet er gebeuren?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="51" />
        <source>(nog niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="63" />
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="75" />
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="76" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="77" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_dialog.py" line="78" />
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ActionListModel</name>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="80" />
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="81" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="82" />
        <location filename="../../zorgdesk/ui/meeting_models.py" line="103" />
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="84" />
        <location filename="../../zorgdesk/ui/meeting_models.py" line="104" />
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="85" />
        <source>Afgesproken in</source>
        <translation>Agreed in</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="89" />
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="90" />
        <source>Verwezen van</source>
        <translation>Referred from</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="53" />
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="53" />
        <source>Nieuw agendapunt</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="63" />
        <source>(geen persoon – vrije tekst)</source>
        <translation>(no person – free text)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="68" />
        <source>bijvoorbeeld: trekker thema Preventie</source>
        <translation>for example: lead of theme Prevention</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="76" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="77" />
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="79" />
        <source>Vertrouwelijk (niet in de publieksversie)</source>
        <translation>Confidential (not in the public edition)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="82" />
        <source>Toelichting en voorstel</source>
        <translation>Explanation and proposal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="97" />
        <source>Zoek een doel…</source>
        <translation>Find a goal…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="104" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="105" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="106" />
        <source>Inbrenger</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="108" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="110" />
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_item_dialog.py" line="111" />
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="40" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="40" />
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="40" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="41" />
        <source>Inbrenger</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="41" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="41" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="42" />
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="42" />
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="130" />
        <source>Vertrouwelijk: niet in de publieksversie.</source>
        <translation>Confidential: not in the public edition.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="151" />
        <source> · vertrouwelijk</source>
        <translation> · confidential</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/agenda_model.py" line="167" />
        <source>%n doel(en)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="47" />
        <source>Reservekopieën van %1</source>
        <translation>Backups of %1</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="51" />
        <source>ZorgDesk maakt een reservekopie voor elke migratie, import en terugzetting, en elk half uur zolang er wijzigingen zijn. Ze worden een week lang per dag en twee maanden lang per week bewaard, in:
%1</source>
        <translation>ZorgDesk makes a backup before every migration, import and restore, and every half hour while there are changes. One per day is kept for a week and one per week for two months, in:
%1</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="61" />
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="61" />
        <source>Aanleiding</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="61" />
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="70" />
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="73" />
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="76" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="115" />
        <source>Geen reservekopie gemaakt</source>
        <translation>No backup made</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="124" />
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="126" />
        <source>De werkruimte %1 wordt teruggezet naar de reservekopie van %2. De huidige stand gaat niet verloren: die wordt eerst zelf als reservekopie bewaard. Doorgaan?</source>
        <translation>The workspace %1 will be restored to the backup of %2. The current state is not lost: it is kept as a backup first. Continue?</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/backups_dialog.py" line="140" />
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="67" />
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="67" />
        <source>Nieuw overleg</source>
        <translation>New body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="79" />
        <source>(geen thema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="85" />
        <source>zoals de bron het zegt: eens per 2 maanden</source>
        <translation>as the source says it: once every 2 months</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="88" />
        <source>geen vast ritme</source>
        <translation>no fixed rhythm</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="89" />
        <source>elke </source>
        <translation>every </translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="90" />
        <source> maand(en)</source>
        <translation> month(s)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="102" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="115" />
        <location filename="../../zorgdesk/ui/body_dialog.py" line="134" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="116" />
        <source>Afkorting</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="117" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="118" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="119" />
        <source>Frequentie</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="120" />
        <source>Ritme</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="121" />
        <source>Weekdag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="122" />
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="123" />
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="124" />
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="125" />
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="129" />
        <source>Opening (één punt per regel)</source>
        <translation>Opening (one item per line)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="130" />
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="134" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="135" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="144" />
        <source>Persoon toevoegen…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="150" />
        <source>Organisatie toevoegen…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="154" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="171" />
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/body_dialog.py" line="172" />
        <source>Leden (%n)</source>
        <translation>
            <numerusform>Members (%n)</numerusform>
            <numerusform>Members (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="173" />
        <source>Standaardpunten</source>
        <translation>Standard items</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../zorgdesk/ui/calendar_model.py" line="82" />
        <source> (vervallen)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/calendar_model.py" line="84" />
        <source>Let op: leden hebben dan ook een ander overleg.</source>
        <translation>Note: members also have another meeting then.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/calendar_model.py" line="101" />
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
</context>
<context>
    <name>ChangesSinceDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="35" />
        <source>Wat is er veranderd?</source>
        <translation>What has changed?</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="43" />
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="48" />
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="51" />
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="53" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="82" />
        <source>nieuw doel</source>
        <translation>new goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="84" />
        <source>verkeerslicht %1 → %2</source>
        <translation>traffic light %1 → %2</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="93" />
        <source>gereed: %1 (%2)</source>
        <translation>done: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/changes_dialog.py" line="97" />
        <source>te laat: %1 (was %2)</source>
        <translation>late: %1 (was due %2)</translation>
    </message>
</context>
<context>
    <name>CoalitionPanel</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/coalition_panel.py" line="50" />
        <source>Geen organisatie in deze werkruimte hoort bij een coalitie.</source>
        <translation>No organisation in this workspace belongs to a coalition.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/coalition_panel.py" line="54" />
        <source>%1 sectoren; %2 organisaties in de leidende en %3 in de brede coalitie.</source>
        <translation>%1 sectors; %2 organisations in the leading and %3 in the broad coalition.</translation>
    </message>
</context>
<context>
    <name>CostSplitDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="37" />
        <source>Kosten verdelen</source>
        <translation>Split costs</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="42" />
        <source>bijvoorbeeld 115.000</source>
        <translation>for example 115.000</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="45" />
        <source>al gedekt, bijvoorbeeld 40.000 + 10.000</source>
        <translation>already covered, for example 40.000 + 10.000</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="46" />
        <source>naar inwoners</source>
        <translation>by inhabitants</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="47" />
        <source>gelijk</source>
        <translation>equally</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="48" />
        <source>vaste aandelen</source>
        <translation>fixed shares</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="59" />
        <source>elk jaar</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="62" />
        <source>beoogd</source>
        <translation>intended</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="63" />
        <source>toegezegd</source>
        <translation>committed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="64" />
        <source>Kostenverdeling</source>
        <translation>Cost split</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="68" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="68" />
        <source>Inwoners</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="69" />
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="69" />
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="93" />
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="94" />
        <source>Waarvan al gedekt</source>
        <translation>Already covered</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="95" />
        <source>Verdelen</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="96" />
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="97" />
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="98" />
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/cost_split_dialog.py" line="153" />
        <source>%1 verdeeld over %2 organisaties, tot op de euro.</source>
        <translation>%1 split over %2 organisations, to the euro.</translation>
    </message>
</context>
<context>
    <name>DecisionListModel</name>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="115" />
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="116" />
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="117" />
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="121" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="123" />
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="71" />
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="110" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../zorgdesk/ui/error_hook.py" line="60" />
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/error_hook.py" line="62" />
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
        <location filename="../../zorgdesk/ui/error_hook.py" line="69" />
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FundingLineDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="48" />
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="93" />
        <source>Financieringsregel</source>
        <translation>Funding line</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="53" />
        <source>(geen organisatie)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="57" />
        <source>Hele werkagenda</source>
        <translation>Whole work agenda</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="62" />
        <source>bijvoorbeeld 7.300 of 7.300,50</source>
        <translation>for example 7.300 or 7.300,50</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="65" />
        <source>elk jaar</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="68" />
        <source>toegezegd</source>
        <translation>committed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="69" />
        <source>beoogd</source>
        <translation>intended</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="76" />
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="77" />
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="78" />
        <source>Bedrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="79" />
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="80" />
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="81" />
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="35" />
        <source>toegezegd</source>
        <translation>committed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="36" />
        <source>beoogd</source>
        <translation>intended</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="107" />
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="108" />
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="108" />
        <source>hele werkagenda</source>
        <translation>whole work agenda</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="110" />
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="110" />
        <source>elk jaar</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="111" />
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="113" />
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="134" />
        <source>Nieuwe regel…</source>
        <translation>New line…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="135" />
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="136" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="137" />
        <source>Kosten verdelen…</source>
        <translation>Split costs…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="174" />
        <source>Financieringsregel toegevoegd</source>
        <translation>Funding line added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="190" />
        <source>Financieringsregel gewijzigd</source>
        <translation>Funding line changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="200" />
        <source>Financiering verwijderd</source>
        <translation>Funding deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/funding_panel.py" line="212" />
        <source>Kosten verdeeld</source>
        <translation>Costs split</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="44" />
        <source>ambitie</source>
        <translation>ambition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="45" />
        <source>strategisch</source>
        <translation>strategic</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="46" />
        <source>operationeel</source>
        <translation>operational</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="47" />
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="94" />
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="97" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="103" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="108" />
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="109" />
        <source>nader te bepalen</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="115" />
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="119" />
        <source>bijvoorbeeld: Inwonersparticipatie, Digitalisering</source>
        <translation>for example: Citizen participation, Digitalisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="120" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="123" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="130" />
        <source>Vet (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="131" />
        <source>Cursief (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="132" />
        <source>Opsomming</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="147" />
        <source>Projectkaart (omschrijving, doelstelling, scope, budget, planning, governance, naslag)</source>
        <translation>Project card (description, objective, scope, budget, planning, governance, references)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="168" />
        <source>Transformatieprogramma's</source>
        <translation>Transformation programmes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="172" />
        <source>Partners en rollen (te wijzigen op de pagina Partners)</source>
        <translation>Partners and roles (changed on the Partners page)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="179" />
        <source>Interne notitie (niet in de publieksversie)</source>
        <translation>Internal note (not in the public edition)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="201" />
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="201" />
        <source>Doelstelling</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="202" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="202" />
        <source>Budget en capaciteit</source>
        <translation>Budget and capacity</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="203" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="203" />
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="204" />
        <source>Naslag</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="315" />
        <source>Code gewijzigd</source>
        <translation>Code changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="319" />
        <source>Titel gewijzigd</source>
        <translation>Title changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="323" />
        <source>Niveau gewijzigd</source>
        <translation>Level changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="332" />
        <source>Streefjaar gewijzigd</source>
        <translation>Target year changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="340" />
        <source>Doeltekst gewijzigd</source>
        <translation>Goal text changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="348" />
        <source>Interne notitie gewijzigd</source>
        <translation>Internal note changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="356" />
        <source>Projectkaart gewijzigd: %1</source>
        <translation>Project card changed: %1</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="367" />
        <source>Labels gewijzigd</source>
        <translation>Labels changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/goal_editor.py" line="379" />
        <source>Programma's gewijzigd</source>
        <translation>Programmes changed</translation>
    </message>
</context>
<context>
    <name>GoalFilterBar</name>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="18" />
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="20" />
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="21" />
        <source>Alle labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="22" />
        <source>Elk verkeerslicht</source>
        <translation>Any traffic light</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="23" />
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="23" />
        <source>oranje</source>
        <translation>amber</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="24" />
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="24" />
        <source>nog geen licht</source>
        <translation>no light yet</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/filter_bar.py" line="28" />
        <source>Zoek op code, titel of trekker (Ctrl+F)…</source>
        <translation>Search by code, title or lead (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/goal_tree_model.py" line="58" />
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/goal_tree_model.py" line="58" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/goal_tree_model.py" line="59" />
        <source>Trekker</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/goal_tree_model.py" line="59" />
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/goal_tree_model.py" line="65" />
        <source>Zonder thema</source>
        <translation>Without theme</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/goal_tree_model.py" line="157" />
        <source>nader te bepalen</source>
        <translation>to be decided</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="106" />
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="107" />
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="108" />
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="114" />
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="272" />
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="115" />
        <source>Subdoel</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="116" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="117" />
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="118" />
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="119" />
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="120" />
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="121" />
        <source>Codes hernummeren…</source>
        <translation>Renumber codes…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="122" />
        <source>Wat is er veranderd…</source>
        <translation>What has changed…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="135" />
        <source>Omhoog (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="136" />
        <source>Omlaag (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="137" />
        <source>Een niveau hoger (Alt+←)</source>
        <translation>One level up (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="139" />
        <source>Onder het doel erboven (Alt+→)</source>
        <translation>Under the goal above (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="150" />
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="271" />
        <source>Doel toegevoegd</source>
        <translation>Goal added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="287" />
        <source>Doel hernoemd</source>
        <translation>Goal renamed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="300" />
        <source>1 subdoel</source>
        <translation>1 sub-goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="300" />
        <source>%1 subdoelen</source>
        <translation>%1 sub-goals</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="301" />
        <source>1 mijlpaal</source>
        <translation>1 milestone</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="301" />
        <source>%1 mijlpalen</source>
        <translation>%1 milestones</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="302" />
        <source>1 voortgangsrapportage</source>
        <translation>1 progress report</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="303" />
        <source>%1 voortgangsrapportages</source>
        <translation>%1 progress reports</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="304" />
        <source>1 indicator</source>
        <translation>1 indicator</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="304" />
        <source>%1 indicatoren</source>
        <translation>%1 indicators</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="305" />
        <source>1 rol van een partner</source>
        <translation>1 partner role</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="305" />
        <source>%1 rollen van partners</source>
        <translation>%1 partner roles</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="306" />
        <source>1 financieringsregel</source>
        <translation>1 funding line</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="307" />
        <source>%1 financieringsregels</source>
        <translation>%1 funding lines</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="309" />
        <source>Het doel „%1” verwijderen?</source>
        <translation>Delete the goal “%1”?</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="311" />
        <source>Dit gaat mee: %1.</source>
        <translation>This goes along: %1.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="312" />
        <source>Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="313" />
        <source>Doel verwijderen</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="316" />
        <source>Doel verwijderd</source>
        <translation>Goal deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="322" />
        <source>Doel verplaatst</source>
        <translation>Goal moved</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="370" />
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="375" />
        <source>Codes hernummeren</source>
        <translation>Renumber codes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="371" />
        <source>De codes onder „%1” lopen al op volgorde.</source>
        <translation>The codes under “%1” are already in order.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="376" />
        <source>De codes van de doelen direct onder „%1” opnieuw nummeren in de volgorde van de boom? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Renumber the codes of the goals directly under “%1” in the order of the tree? Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/goals_page.py" line="380" />
        <source>Codes hernummerd</source>
        <translation>Codes renumbered</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="54" />
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="89" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="59" />
        <source>bijvoorbeeld: %, aantal, inwoners</source>
        <translation>for example: %, number, inhabitants</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="64" />
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="67" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="68" />
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="69" />
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="70" />
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="71" />
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="136" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="137" />
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="138" />
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="139" />
        <source>Laatste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="141" />
        <source>Streef</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="142" />
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="158" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="159" />
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="160" />
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="177" />
        <source>Nieuwe indicator…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="179" />
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="180" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="188" />
        <source>Meting toevoegen…</source>
        <translation>Add measurement…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="190" />
        <source>Meting verwijderen</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="230" />
        <source>Nog geen metingen.</source>
        <translation>No measurements yet.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="254" />
        <source>Indicator toegevoegd</source>
        <translation>Indicator added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="269" />
        <source>Indicator gewijzigd</source>
        <translation>Indicator changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="279" />
        <source>Indicator verwijderen</source>
        <translation>Delete indicator</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="280" />
        <source>%1 met %n meting(en) verwijderen? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %1 with %n measurement? Ctrl+Z undoes this.</numerusform>
            <numerusform>Delete %1 with %n measurements? Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="285" />
        <source>Indicator verwijderd</source>
        <translation>Indicator deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="298" />
        <source>Meting toegevoegd</source>
        <translation>Measurement added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="310" />
        <source>Meting verwijderd</source>
        <translation>Measurement deleted</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="34" />
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="35" />
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="36" />
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="37" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="38" />
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="39" />
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="42" />
        <source>Werkagenda Drents Zorglandschap</source>
        <translation>Work agenda Drenthe care landscape</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="43" />
        <source>Regioplan IZA Drenthe</source>
        <translation>IZA regional plan Drenthe</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="44" />
        <source>Samenwerkingsagenda Noord-Limburg &amp; VGZ</source>
        <translation>Collaboration agenda Noord-Limburg &amp; VGZ</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="47" />
        <source>ZorgDesk-werkruimtes (*.zorgdesk);;Alle bestanden (*)</source>
        <translation>ZorgDesk workspaces (*.zorgdesk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="100" />
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="133" />
        <source>&amp;Werkruimte</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="135" />
        <source>&amp;Nieuwe werkruimte…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="137" />
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="139" />
        <source>&amp;Recent geopend</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="141" />
        <source>&amp;Voorbeeld openen</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="145" />
        <source>&amp;Kopie opslaan als…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="147" />
        <source>&amp;Reservekopieën…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="149" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="152" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="154" />
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="156" />
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="161" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="162" />
        <source>&amp;Taal / Language</source>
        <translation>&amp;Language / Taal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="172" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="173" />
        <source>&amp;Over ZorgDesk</source>
        <translation>&amp;About ZorgDesk</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="175" />
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="190" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="197" />
        <source>Alle wijzigingen zijn opgeslagen (%1)</source>
        <translation>All changes are saved (%1)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="206" />
        <source>Taal / Language</source>
        <translation>Language / Taal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="217" />
        <source>Geen werkruimte</source>
        <translation>No workspace</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="225" />
        <source>Werkruimte niet geopend</source>
        <translation>Workspace not opened</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="233" />
        <source>Werkruimte openen</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="239" />
        <source>Nieuwe werkruimte</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="250" />
        <source>Werkruimte niet gemaakt</source>
        <translation>Workspace not created</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="260" />
        <source>Voorbeeld niet geopend</source>
        <translation>Sample not opened</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="269" />
        <source>Kopie opslaan als</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="279" />
        <source>Kopie niet opgeslagen</source>
        <translation>Copy not saved</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="281" />
        <source>Kopie opgeslagen: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="294" />
        <source>Over ZorgDesk</source>
        <translation>About ZorgDesk</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/main_window.py" line="295" />
        <source>ZorgDesk %1
De werkagenda van een regionale zorgsamenwerking, volledig offline.</source>
        <translation>ZorgDesk %1
The work agenda of a regional care collaboration, fully offline.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="97" />
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="122" />
        <source>Meting</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="105" />
        <source>bijvoorbeeld 1.234,5</source>
        <translation>for example 1.234,5</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="108" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="109" />
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/indicator_panel.py" line="110" />
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="108" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="176" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="277" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="312" />
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="109" />
        <source>Datum, tijd, locatie of vervallen</source>
        <translation>Date, time, location or cancelled</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="110" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="177" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="204" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="278" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="316" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="121" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="122" />
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="123" />
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="125" />
        <source>Kies een vergadering in de lijst of in de jaarkalender.</source>
        <translation>Choose a meeting in the list or in the year calendar.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="173" />
        <source>Punt…</source>
        <translation>Item…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="173" />
        <source>Agendapunt toevoegen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="174" />
        <source>Subpunt…</source>
        <translation>Sub-item…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="175" />
        <source>Subpunt (2a, 2b) onder het gekozen punt</source>
        <translation>Sub-item (2a, 2b) under the chosen item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="178" />
        <source>Omhoog (Ctrl+↑, of sleep het punt)</source>
        <translation>Up (Ctrl+↑, or drag the item)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="179" />
        <source>Omlaag (Ctrl+↓, of sleep het punt)</source>
        <translation>Down (Ctrl+↓, or drag the item)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="180" />
        <source>Standaardpunten</source>
        <translation>Standard items</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="181" />
        <source>Opening, verslag, actielijst, rondvraag en sluiting van dit overleg</source>
        <translation>Opening, minutes, action list, any other business and closing of this body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="182" />
        <source>Voorstellen…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="183" />
        <source>Mijlpalen die eraan komen en doelen die op oranje of rood sprongen</source>
        <translation>Milestones coming up and goals that turned amber or red</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="198" />
        <source>Bijlagen bij het gekozen punt</source>
        <translation>Attachments of the chosen item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="202" />
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="203" />
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="218" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="218" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="218" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="230" />
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="232" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="706" />
        <source>Overige leden aanwezig</source>
        <translation>Other members present</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="248" />
        <source>Notulen bij dit agendapunt</source>
        <translation>Minutes of this agenda item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="249" />
        <source>Notulen opslaan</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="273" />
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="275" />
        <source>Besluit…</source>
        <translation>Decision…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="276" />
        <source>Besluit bij het gekozen agendapunt</source>
        <translation>Decision on the chosen agenda item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="311" />
        <source>Nieuwe actie…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="313" />
        <source>Gereed</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="314" />
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="315" />
        <source>Doorverwijzen…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="319" />
        <source>Open acties van eerdere vergaderingen staan hier vanzelf; rood: over de datum.</source>
        <translation>Open actions of earlier meetings appear here by themselves; red: overdue.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="357" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="746" />
        <source>Notulen bijgewerkt</source>
        <translation>Minutes updated</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="392" />
        <source>Deze vergadering is vervallen.</source>
        <translation>This meeting is cancelled.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="394" />
        <source>De begintijd is nog niet bekend: de agenda krijgt kloktijden zodra die is ingevuld (Wijzigen…).</source>
        <translation>The start time is not known yet: the agenda gets clock times once it is filled in (Change…).</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="398" />
        <source>Tegelijk met: %1.</source>
        <translation>At the same time as: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="400" />
        <source>De agenda loopt %n minuten uit.</source>
        <translation>
            <numerusform>The agenda overruns by %n minute.</numerusform>
            <numerusform>The agenda overruns by %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="404" />
        <source>%n minuten gepland</source>
        <translation>
            <numerusform>%n minute planned</numerusform>
            <numerusform>%n minutes planned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="422" />
        <source>gast</source>
        <translation>guest</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="449" />
        <source>Acties (%n open)</source>
        <translation>
            <numerusform>Actions (%n open)</numerusform>
            <numerusform>Actions (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="502" />
        <source>Vergadering gewijzigd</source>
        <translation>Meeting changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="511" />
        <source>Vergadering verwijderen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="512" />
        <source>De vergadering van %1 met agenda, notulen en besluiten verwijderen? Acties blijven op de actielijst. Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Delete the meeting of %1 with its agenda, minutes and decisions? Actions stay on the action list. Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="519" />
        <source>Vergadering verwijderd</source>
        <translation>Meeting deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="539" />
        <source>Agendapunt toegevoegd</source>
        <translation>Agenda item added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="551" />
        <source>Subpunt</source>
        <translation>Sub-item</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="552" />
        <source>Kies eerst het punt waar het subpunt onder komt.</source>
        <translation>First choose the item the sub-item goes under.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="569" />
        <source>Agendapunt gewijzigd</source>
        <translation>Agenda item changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="576" />
        <source>Agendapunt verwijderd</source>
        <translation>Agenda item deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="581" />
        <source>Agendapunt verplaatst</source>
        <translation>Agenda item moved</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="603" />
        <source>Standaardpunten toegevoegd</source>
        <translation>Standard items added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="614" />
        <source>Voorstellen</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="615" />
        <source>Geen mijlpalen die voor de volgende vergadering vallen en geen doelen die sinds de vorige vergadering op oranje of rood sprongen.</source>
        <translation>No milestones due before the next meeting and no goals that turned amber or red since the previous meeting.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="623" />
        <source>Voorgestelde punten toegevoegd</source>
        <translation>Suggested items added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="628" />
        <source>Voorstellen voor de agenda</source>
        <translation>Suggestions for the agenda</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="641" />
        <source>Kies wat op de agenda komt:</source>
        <translation>Choose what goes on the agenda:</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="654" />
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="655" />
        <source>Kies eerst het agendapunt voor de bijlage.</source>
        <translation>First choose the agenda item for the attachment.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="658" />
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="664" />
        <source>Bijlage toegevoegd</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="677" />
        <source>Bijlage opslaan</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="690" />
        <source>Bijlage verwijderd</source>
        <translation>Attachment deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="699" />
        <source>Aanwezigheid gewijzigd</source>
        <translation>Attendance changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="758" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="777" />
        <source>Besluit %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="759" />
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="778" />
        <source>Wat is er besloten?</source>
        <translation>What was decided?</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="763" />
        <source>Besluit vastgelegd</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="782" />
        <source>Besluit gewijzigd</source>
        <translation>Decision changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="789" />
        <source>Besluit verwijderd</source>
        <translation>Decision deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_detail.py" line="814" />
        <source>Actie toegevoegd</source>
        <translation>Action added</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="75" />
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="75" />
        <source>Nieuwe vergadering</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="98" />
        <source>Tijd nog niet bekend</source>
        <translation>Time not known yet</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="109" />
        <source>leeg: de naam van het overleg</source>
        <translation>empty: the name of the body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="110" />
        <source>Vervallen</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="113" />
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="114" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="116" />
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="117" />
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="118" />
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="119" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="37" />
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="38" />
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="39" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="40" />
        <source> (vervallen)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="41" />
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="42" />
        <source>Punten</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="44" />
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="78" />
        <source>Jaar </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="82" />
        <source>Nieuw overleg…</source>
        <translation>New body…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="83" />
        <source>Overleg wijzigen…</source>
        <translation>Change body…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="84" />
        <source>Overleg verwijderen…</source>
        <translation>Delete body…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="86" />
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="469" />
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="89" />
        <source>Jaar plannen…</source>
        <translation>Plan a year…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="90" />
        <source>Een jaar vergaderingen maken uit het ritme van het overleg</source>
        <translation>Make a year of meetings from the body's rhythm</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="92" />
        <source>Nieuwe vergadering…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="94" />
        <source>Agenda-export (.ics)…</source>
        <translation>Calendar export (.ics)…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="95" />
        <source>De vergaderingen als iCalendar-bestand voor Outlook</source>
        <translation>The meetings as an iCalendar file for Outlook</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="106" />
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="116" />
        <source>Jaarkalender</source>
        <translation>Year calendar</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="117" />
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="118" />
        <source>Besluitenlijst</source>
        <translation>Decision list</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="119" />
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="149" />
        <source>Dubbelklik op een datum om de vergadering te openen, of op een lege maand voor een nieuwe. Oranje: leden hebben dan ook een ander overleg. Doorgestreept: vervallen.</source>
        <translation>Double-click a date to open the meeting, or an empty month for a new one. Orange: members also have another meeting then. Struck through: cancelled.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="191" />
        <source>Zoek in besluiten (nummer, tekst, agendapunt)…</source>
        <translation>Search decisions (number, text, agenda item)…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="221" />
        <source>Zoek in acties (tekst, wie)…</source>
        <translation>Search actions (text, who)…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="224" />
        <source>Ook afgeronde acties</source>
        <translation>Also finished actions</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="245" />
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="246" />
        <source>Gereed</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="247" />
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="248" />
        <source>Doorverwijzen…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="249" />
        <source>Naar vergadering</source>
        <translation>Go to meeting</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="277" />
        <source>Alle overleggen</source>
        <translation>All bodies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="309" />
        <source>⚠ %n keer hebben leden in %1 twee overleggen tegelijk</source>
        <translation>
            <numerusform>⚠ %n time in %1 members have two meetings at once</numerusform>
            <numerusform>⚠ %n times in %1 members have two meetings at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="364" />
        <source>%n besluit(en) in %1</source>
        <translation>
            <numerusform>%n decision in %1</numerusform>
            <numerusform>%n decisions in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="373" />
        <source>%n actie(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="374" />
        <source>, waarvan %n over de datum</source>
        <translation>
            <numerusform>, %n of them overdue</numerusform>
            <numerusform>, %n of them overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="436" />
        <source>Overleggen tegelijk</source>
        <translation>Meetings at the same time</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="458" />
        <source>Overleg toegevoegd</source>
        <translation>Body added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="470" />
        <source>Kies eerst een overleg bovenaan.</source>
        <translation>First choose a body at the top.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="476" />
        <source>Overleg gewijzigd</source>
        <translation>Body changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="485" />
        <source>Overleg verwijderen</source>
        <translation>Delete body</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="486" />
        <source>%1 verwijderen, met alle %n vergadering(en)? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %1 with its %n meeting? Ctrl+Z undoes this.</numerusform>
            <numerusform>Delete %1 with all %n meetings? Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="492" />
        <source>Overleg verwijderd</source>
        <translation>Body deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="500" />
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="518" />
        <source>Jaar plannen</source>
        <translation>Plan a year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="501" />
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="528" />
        <source>Maak eerst een overleg (Overleg › Nieuw overleg).</source>
        <translation>First make a body (Body › New body).</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="512" />
        <source>Jaar gepland</source>
        <translation>Year planned</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="519" />
        <source>Er is niets gepland: in die maanden vergadert dit overleg al.</source>
        <translation>Nothing was planned: this body already meets in those months.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="527" />
        <source>Nieuwe vergadering</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="538" />
        <source>Vergadering toegevoegd</source>
        <translation>Meeting added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="553" />
        <source>Vergaderingen exporteren</source>
        <translation>Export meetings</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="554" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="564" />
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="568" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/pages/meetings_page.py" line="569" />
        <source>%n vergadering(en) geschreven naar %1. Open het bestand in Outlook om ze in de agenda te zetten.</source>
        <translation>
            <numerusform>%n meeting written to %1. Open the file in Outlook to put it in your calendar.</numerusform>
            <numerusform>%n meetings written to %1. Open the file in Outlook to put them in your calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="26" />
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="26" />
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="27" />
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="28" />
        <source>vertraagd</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="29" />
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="29" />
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="30" />
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="30" />
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="31" />
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="31" />
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="32" />
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="32" />
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="33" />
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="33" />
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="34" />
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="34" />
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="35" />
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="46" />
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="46" />
        <source>Nieuwe mijlpaal</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="57" />
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="57" />
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="58" />
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="58" />
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="78" />
        <source>loopt vanaf</source>
        <translation>runs from</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="90" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="91" />
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="92" />
        <source>Af in</source>
        <translation>Due in</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="93" />
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/timeline/milestone_dialog.py" line="94" />
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OpenRecovery</name>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/open_recovery.py" line="50" />
        <source>Er is een goede reservekopie van %1 (%2). Wilt u die terugzetten en openen? Het huidige bestand wordt niet weggegooid maar bewaard in de map met reservekopieën.</source>
        <translation>There is a good backup of %1 (%2). Do you want to restore and open it? The current file is not thrown away but kept in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/open_recovery.py" line="57" />
        <source>Werkruimte beschadigd</source>
        <translation>Workspace damaged</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/open_recovery.py" line="63" />
        <source>De werkruimte %1 is niet geopend en niet gewijzigd.</source>
        <translation>The workspace %1 was not opened and not changed.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/open_recovery.py" line="78" />
        <source>Werkruimte op een netwerk- of synchronisatiemap</source>
        <translation>Workspace on a network or synced folder</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/dialogs/open_recovery.py" line="79" />
        <source>Wilt u nu een lokale kopie maken en daarop werken? Kies Nee om toch op deze plek te werken.</source>
        <translation>Do you want to make a local copy now and work on that? Choose No to work in this place anyway.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="26" />
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="27" />
        <source>zorgverzekeraar</source>
        <translation>health insurer</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="28" />
        <source>zorgkantoor</source>
        <translation>care office</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="29" />
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="30" />
        <source>GGD</source>
        <translation>public health service</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="30" />
        <source>VVT</source>
        <translation>Nursing and home care</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="31" />
        <source>GGZ</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="32" />
        <source>ziekenhuis</source>
        <translation>hospital</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="33" />
        <source>huisartsen</source>
        <translation>GPs</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="34" />
        <source>gehandicaptenzorg</source>
        <translation>disability care</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="35" />
        <source>welzijn</source>
        <translation>social welfare</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="36" />
        <source>onderwijs</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="37" />
        <source>inwonersorganisatie</source>
        <translation>residents’ organisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="38" />
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="53" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="66" />
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="69" />
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="70" />
        <source>leidende coalitie</source>
        <translation>leading coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="71" />
        <source>brede coalitie</source>
        <translation>broad coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="76" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="77" />
        <source>Korte naam</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="78" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="79" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="80" />
        <source>Inwoners</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="81" />
        <source>Coalitie</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="82" />
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="117" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="118" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="119" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="120" />
        <source>Coalitie</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="121" />
        <source>Inwoners</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="123" />
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="126" />
        <source>Nieuw…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="127" />
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="128" />
        <source>Samenvoegen…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="129" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="151" />
        <source>Organisatie toegevoegd</source>
        <translation>Organisation added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="168" />
        <source>Organisatie gewijzigd</source>
        <translation>Organisation changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="180" />
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="181" />
        <source>Welke dubbele organisatie gaat op in „%1”? Haar rollen, mensen, financiering en lidmaatschappen gaan mee.</source>
        <translation>Which duplicate organisation is merged into “%1”? Its roles, people, funding and memberships move along.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="188" />
        <source>Organisaties samengevoegd</source>
        <translation>Organisations merged</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="196" />
        <source>„%1” verwijderen, met haar %2 rollen en lidmaatschappen? Mensen en financiering blijven, zonder organisatie. Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Delete “%1” with its %2 roles and memberships? People and funding stay, without an organisation. Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="201" />
        <source>Organisatie verwijderd</source>
        <translation>Organisation deleted</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="26" />
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="99" />
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="27" />
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="105" />
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="28" />
        <source>Mijlpalen</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="29" />
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="30" />
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="31" />
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="100" />
        <source>Laatste verkeerslichten</source>
        <translation>Latest traffic lights</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="103" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="104" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="107" />
        <source>Verkeerslichten</source>
        <translation>Traffic lights</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="136" />
        <source>Komende vergaderingen</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="157" />
        <source>Visie</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="177" />
        <source>Nog geen verkeerslichten gerapporteerd.</source>
        <translation>No traffic lights reported yet.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/overview_page.py" line="185" />
        <source>Geen vergaderingen gepland.</source>
        <translation>No meetings planned.</translation>
    </message>
</context>
<context>
    <name>PartnerMatrix</name>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/coalition_model.py" line="50" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/coalition_model.py" line="51" />
        <source>Leidende coalitie</source>
        <translation>Leading coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/coalition_model.py" line="52" />
        <source>Brede coalitie</source>
        <translation>Broad coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="44" />
        <source>trekker</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="45" />
        <source>initiatiefnemer</source>
        <translation>initiator</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="46" />
        <source>betrokken</source>
        <translation>involved</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="47" />
        <source>financier</source>
        <translation>funder</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="48" />
        <source>geïnformeerd</source>
        <translation>informed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="55" />
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="56" />
        <source>Zorgverzekeraars</source>
        <translation>Health insurers</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="57" />
        <source>Zorgkantoren</source>
        <translation>Care offices</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="58" />
        <source>Provincies</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="59" />
        <source>GGD'en</source>
        <translation>Public health services</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="60" />
        <source>VVT</source>
        <translation>Nursing and home care</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="61" />
        <source>GGZ</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="62" />
        <source>Ziekenhuizen</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="63" />
        <source>Huisartsen</source>
        <translation>GPs</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="64" />
        <source>Gehandicaptenzorg</source>
        <translation>Disability care</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="65" />
        <source>Welzijn</source>
        <translation>Social welfare</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="66" />
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="67" />
        <source>Inwonersorganisaties</source>
        <translation>Residents’ organisations</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="68" />
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="300" />
        <source>Meerdere rollen; een nieuwe rol vervangt ze alle.</source>
        <translation>Several roles; a new role replaces them all.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="358" />
        <source>Aantal rollen</source>
        <translation>Number of roles</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="367" />
        <source>Geen trekker</source>
        <translation>No lead</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="378" />
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="389" />
        <source> en nog %1</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="390" />
        <source>Een rol in deze kolom geldt voor alle %1 organisaties.</source>
        <translation>A role in this column applies to all %1 organisations.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/partner_matrix_model.py" line="398" />
        <source>coalitie: %1</source>
        <translation>coalition: %1</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/theme_matrix_model.py" line="18" />
        <source>Bestuurlijke trekkers</source>
        <translation>Executive leads</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/theme_matrix_model.py" line="19" />
        <source>Schrijfteams</source>
        <translation>Writing teams</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/theme_matrix_model.py" line="20" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/transposed_matrix_model.py" line="78" />
        <source>%1 doelen</source>
        <translation>%1 goals</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/transposed_matrix_model.py" line="99" />
        <source>Organisatie / doel</source>
        <translation>Organisation / goal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/transposed_matrix_model.py" line="100" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>PartnerMatrixPanel</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="50" />
        <source>Zoek doel op code of titel</source>
        <translation>Find a goal by code or title</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="59" />
        <source>Alle coalities</source>
        <translation>All coalitions</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="60" />
        <source>Leidende coalitie</source>
        <translation>Leading coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="61" />
        <source>Brede coalitie</source>
        <translation>Broad coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="63" />
        <source>Kolommen samenvoegen per soort</source>
        <translation>Merge columns by kind</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="65" />
        <source>Alleen doelen zonder trekker</source>
        <translation>Only goals without a lead</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="67" />
        <source>Per organisatie</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="68" />
        <source>Toon per organisatie de doelen waarop zij een rol heeft</source>
        <translation>Show per organisation the goals it has a role on</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="87" />
        <source>Geen rol</source>
        <translation>No role</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="87" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="119" />
        <source>&amp;nbsp;&amp;nbsp;Kies cellen en typ T, I, B, F of G; Delete wist. Rechtsklik voor het menu. &lt;span style='color:#c62828'&gt;●&lt;/span&gt; geen trekker.</source>
        <translation>&amp;nbsp;&amp;nbsp;Choose cells and type T, I, B, F or G; Delete clears. Right-click for the menu. &lt;span style='color:#c62828'&gt;●&lt;/span&gt; no lead.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="148" />
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="150" />
        <source>Soorten: %1 van %2</source>
        <translation>Kinds: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="183" />
        <source>%1 doelen, %2 zonder trekker; %3 organisaties, %4 rollen</source>
        <translation>%1 goals, %2 without a lead; %3 organisations, %4 roles</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="218" />
        <source>Kies eerst een of meer cellen van een doel.</source>
        <translation>First choose one or more cells of a goal.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="221" />
        <source>Deze cellen hebben die rol al; er is niets gewijzigd.</source>
        <translation>These cells already have that role; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="228" />
        <source>Rol gewist (%1 cellen)</source>
        <translation>Role cleared (%1 cells)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="229" />
        <source>Rol gewist</source>
        <translation>Role cleared</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="231" />
        <source>Rol gezet: %1 (%2 cellen)</source>
        <translation>Role set: %1 (%2 cells)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/matrix_panel.py" line="233" />
        <source>Rol gezet: %1</source>
        <translation>Role set: %1</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../zorgdesk/ui/pages/partners_page.py" line="31" />
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/partners_page.py" line="32" />
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/partners_page.py" line="33" />
        <source>Thema's en partners</source>
        <translation>Themes and partners</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/partners_page.py" line="34" />
        <source>Sectoren en coalitie</source>
        <translation>Sectors and coalition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/partners_page.py" line="35" />
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/partners_page.py" line="30" />
        <source>Partnermatrix</source>
        <translation>Partner matrix</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="209" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="210" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="211" />
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="212" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="213" />
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="213" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="214" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="216" />
        <source>Nieuw…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="217" />
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="218" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="244" />
        <source>Persoon toegevoegd</source>
        <translation>Person added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="261" />
        <source>Persoon gewijzigd</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="268" />
        <source>„%1” verwijderen, met rollen en lidmaatschappen? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Delete “%1” with roles and memberships? Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/directory_panels.py" line="272" />
        <source>Persoon verwijderd</source>
        <translation>Person deleted</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="97" />
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="102" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="110" />
        <source>Naam mag in openbare stukken</source>
        <translation>Name may appear in public documents</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="113" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="114" />
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="115" />
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/organisation_dialogs.py" line="116" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="120" />
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="121" />
        <source>Publieksversie</source>
        <translation>Public edition</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="124" />
        <source>Zonder interne notities en vertrouwelijke punten; wie niet genoemd mag worden staat er met functie en organisatie.</source>
        <translation>Without internal notes and confidential items; people who may not be named appear by function and organisation.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="135" />
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="137" />
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="138" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="139" />
        <source>Wijzigingen sinds</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="140" />
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="142" />
        <source>Rapport maken</source>
        <translation>Make report</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="152" />
        <source>Kies een rapport en klik op Rapport maken.</source>
        <translation>Choose a report and click Make report.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="155" />
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="156" />
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="165" />
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="175" />
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="223" />
        <source> · {0} punten</source>
        <translation> · {0} items</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="229" />
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="242" />
        <source>De agenda van een vergadering met tijden, soort en inbreng.</source>
        <translation>The agenda of a meeting with times, kinds and presenters.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="243" />
        <source>Voorblad, agenda, verslag en besluiten van de vorige vergadering, actielijst, verkeerslichten, tijdlijn, indicatoren en de bijlagen.</source>
        <translation>Cover, agenda, minutes and decisions of the previous meeting, action list, traffic lights, timeline, indicators and the attachments.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="246" />
        <source>Notulen met aanwezigen, besluiten en actiepunten.</source>
        <translation>Minutes with attendance, decisions and actions.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="247" />
        <source>Het hele plan per thema met jaargrid, initiatieven en initiatiefnemers.</source>
        <translation>The whole plan per theme with year grid, initiatives and initiators.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="249" />
        <source>Per thema de doelen met verkeerslicht, resultaten en aandachtspunten, en wat er veranderde sinds een datum.</source>
        <translation>Per theme the goals with traffic light, results and points of attention, and what changed since a date.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="251" />
        <source>Welke partner welke rol heeft op welk doel.</source>
        <translation>Which partner has which role on which goal.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="252" />
        <source>Het Gantt-grid in kwartalen met jaren en mijlpalen.</source>
        <translation>The Gantt grid in quarters with years and milestones.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="277" />
        <source>Deze werkruimte heeft nog geen vergaderingen.</source>
        <translation>This workspace has no meetings yet.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="292" />
        <source>Bezig met maken…</source>
        <translation>Making…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="308" />
        <source>Het rapport kon niet worden gemaakt: {0}</source>
        <translation>The report could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="317" />
        <source>Klaar. Bekijk de pagina's en kies Opslaan als.</source>
        <translation>Done. Look at the pages and choose Save as.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="336" />
        <source>Voorbeeld: de eerste {0} van {1} pagina's</source>
        <translation>Preview: the first {0} of {1} pages</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="338" />
        <source>Voorbeeld: {0} pagina's</source>
        <translation>Preview: {0} pages</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="356" />
        <source>pagina {0}</source>
        <translation>page {0}</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="373" />
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="374" />
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="388" />
        <source>Opslaan lukte niet: {0}</source>
        <translation>Saving failed: {0}</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/reports_page.py" line="392" />
        <source>Opgeslagen als {0}</source>
        <translation>Saved as {0}</translation>
    </message>
</context>
<context>
    <name>StatusHistoryPanel</name>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="89" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="91" />
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="93" />
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="95" />
        <source>Aandachtspunten</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="97" />
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="97" />
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="113" />
        <source>Nieuwe rapportage…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="115" />
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="116" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="154" />
        <source>Voortgang toegevoegd</source>
        <translation>Progress added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="166" />
        <source>Voortgang gewijzigd</source>
        <translation>Progress changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="176" />
        <source>Rapportage verwijderen</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="177" />
        <source>De voortgangsrapportage van %1 verwijderen? Ongedaan maken kan met Ctrl+Z.</source>
        <translation>Delete the progress report of %1? Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="182" />
        <source>Voortgang verwijderd</source>
        <translation>Progress deleted</translation>
    </message>
</context>
<context>
    <name>StatusUpdateDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="42" />
        <source>Voortgangsrapportage</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="51" />
        <source>geen licht</source>
        <translation>no light</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="60" />
        <source>Intern (niet in de publieksversie)</source>
        <translation>Internal (not in the public edition)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="63" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="64" />
        <source>Verkeerslicht</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="65" />
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/goals/status_panel.py" line="66" />
        <source>Aandachtspunten</source>
        <translation>Points of attention</translation>
    </message>
</context>
<context>
    <name>ThemeMatrixPanel</name>
    <message>
        <location filename="../../zorgdesk/ui/partners/theme_matrix_panel.py" line="32" />
        <source>Per thema wie welke rol heeft; in een IZA-regioplan de bestuurlijke trekkers, de schrijfteams en de facilitator, zoals in de IZA-matrix. Alleen te lezen.</source>
        <translation>Per theme who has which role; in an IZA regional plan the executive leads, the writing teams and the facilitator, as in the IZA matrix. Read only.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/partners/theme_matrix_panel.py" line="36" />
        <source>Deze werkruimte heeft geen rollen op thema's.</source>
        <translation>This workspace has no roles on themes.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="29" />
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="29" />
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="30" />
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="30" />
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="31" />
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="31" />
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="32" />
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="32" />
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="33" />
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="33" />
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="34" />
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="34" />
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="36" />
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="37" />
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="38" />
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="39" />
        <source>vertraagd</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="40" />
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="148" />
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/itemmodels/timeline_model.py" line="152" />
        <source>Klik: jaar markeren of vrijgeven. Dubbelklik: mijlpaal toevoegen.</source>
        <translation>Click: mark or unmark the year. Double-click: add a milestone.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="91" />
        <source>Alleen wat afloopt in de komende</source>
        <translation>Only what is due in the next</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="96" />
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="103" />
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="103" />
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="104" />
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="111" />
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="121" />
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="129" />
        <source>▬ jaar met inzet of resultaat (klik om te markeren)   ◆ mijlpaal: blauw gepland of lopend, groen gereed, rood te laat   ━ looptijd   │ vandaag   Dubbelklik: mijlpaal toevoegen of wijzigen; sleep een mijlpaal om te verplaatsen.</source>
        <translation>▬ year with work or a result (click to mark)   ◆ milestone: blue planned or running, green done, red late   ━ duration   │ today   Double-click: add or change a milestone; drag a milestone to move it.</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="252" />
        <source>Jaar vrijgegeven</source>
        <translation>Year unmarked</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="252" />
        <source>Jaar gemarkeerd</source>
        <translation>Year marked</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="266" />
        <source>Mijlpaal toegevoegd</source>
        <translation>Milestone added</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="299" />
        <source>Mijlpaal gewijzigd</source>
        <translation>Milestone changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="314" />
        <source>Mijlpaal verplaatst</source>
        <translation>Milestone moved</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="321" />
        <source>Mijlpaal verwijderd</source>
        <translation>Milestone deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/pages/timeline_page.py" line="322" />
        <source>Mijlpalen verwijderd</source>
        <translation>Milestones deleted</translation>
    </message>
</context>
<context>
    <name>YearPlanDialog</name>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="168" />
        <source>Jaar plannen</source>
        <translation>Plan a year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="181" />
        <source> maand(en)</source>
        <translation> month(s)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="186" />
        <source>eerste</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="186" />
        <source>tweede</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="187" />
        <source>derde</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="187" />
        <source>vierde</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="188" />
        <source>laatste</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="196" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="197" />
        <source>Standaardpunten op de agenda zetten (opening, verslag, actielijst, rondvraag, sluiting)</source>
        <translation>Put the standard items on the agenda (opening, minutes, action list, any other business, closing)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="200" />
        <source>Geen vergaderingen in juli en augustus (zomerreces)</source>
        <translation>No meetings in July and August (summer recess)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="206" />
        <source>Overleg</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="207" />
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="208" />
        <source>Elke</source>
        <translation>Every</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="209" />
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="210" />
        <source>Op de</source>
        <translation>On the</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="211" />
        <source>Weekdag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="212" />
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="213" />
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="218" />
        <source>Plannen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="223" />
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="274" />
        <source>  (in deze maand al gepland: overgeslagen)</source>
        <translation>  (already planned this month: skipped)</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="280" />
        <source>Tegelijk met: </source>
        <translation>At the same time as: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="284" />
        <source>%n nieuwe vergadering(en).</source>
        <translation>
            <numerusform>%n new meeting.</numerusform>
            <numerusform>%n new meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zorgdesk/ui/meeting_dialogs.py" line="286" />
        <source>Let op: %n keer hebben leden dan al een ander overleg.</source>
        <translation>
            <numerusform>Note: %n time members already have another meeting then.</numerusform>
            <numerusform>Note: %n times members already have another meeting then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../zorgdesk/ui/action_ops.py" line="40" />
        <source>Actie gewijzigd</source>
        <translation>Action changed</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_ops.py" line="47" />
        <source>Actie heropend</source>
        <translation>Action reopened</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_ops.py" line="49" />
        <source>Actie gereed</source>
        <translation>Action done</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_ops.py" line="51" />
        <source>Actie vervallen</source>
        <translation>Action dropped</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_ops.py" line="64" />
        <source>Doorverwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_ops.py" line="65" />
        <source>Naar de actielijst van welk overleg?</source>
        <translation>To the action list of which body?</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_ops.py" line="70" />
        <source>Actie doorverwezen</source>
        <translation>Action referred</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/action_ops.py" line="75" />
        <source>Actie verwijderd</source>
        <translation>Action deleted</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="69" />
        <source>gereed %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="71" />
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="73" />
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="74" />
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/meeting_models.py" line="74" />
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="234" />
        <source>ter informatie</source>
        <translation>for information</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="235" />
        <source>ter bespreking</source>
        <translation>for discussion</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="236" />
        <source>ter besluitvorming</source>
        <translation>for decision</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/agenda_model.py" line="237" />
        <source>hamerstuk</source>
        <translation>formality</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../zorgdesk/app.py" line="103" />
        <source>Werkruimte niet geopend</source>
        <translation>Workspace not opened</translation>
    </message>
</context>
<context>
    <name>body</name>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="55" />
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="56" />
        <source>secretaris</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="57" />
        <source>lid</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/body_dialog.py" line="58" />
        <source>agendalid</source>
        <translation>agenda member</translation>
    </message>
</context>
<context>
    <name>lights</name>
    <message>
        <location filename="../../zorgdesk/ui/lights.py" line="19" />
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/lights.py" line="20" />
        <source>oranje</source>
        <translation>amber</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/lights.py" line="21" />
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../zorgdesk/ui/lights.py" line="23" />
        <source>geen status</source>
        <translation>no status</translation>
    </message>
</context>
</TS>