<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="116"/>
        <source>Show only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="125"/>
        <source>Show all (no filter on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="128"/>
        <source>Clear all column filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="131"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desk_app/ui/kb_reader.py" line="95"/>
        <source>This article is no longer in the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_reader.py" line="97"/>
        <source>Choose an article to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_reader.py" line="102"/>
        <source>No folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_reader.py" line="106"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleResults</name>
    <message>
        <location filename="../../desk_app/ui/kb_results.py" line="91"/>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="269"/>
        <source>Move card to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="272"/>
        <source>Move card to the previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="412"/>
        <source>#%1 was not moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <location filename="../../desk_app/ui/text_views.py" line="50"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text_views.py" line="72"/>
        <source>Showing the first %1 of %2 characters (%3).</source>
        <translation>Se muestran los primeros %1 de %2 caracteres (%3).</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="54"/>
        <source>Canned responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="64"/>
        <source>Filter by title or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="91"/>
        <source>↑ ↓ choose · Enter insert · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="168"/>
        <source>Loading…</source>
        <translation type="unfinished">Cargando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="171"/>
        <source>No canned response matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="175"/>
        <source>There are no canned responses yet. They arrive with the sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="128"/>
        <source>Close ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="129"/>
        <source>Close ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/detail_dialogs.py" line="143"/>
        <source>%n step(s) of the standard process missing: this ticket will not count as following the process.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="145"/>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="147"/>
        <source>Every step of the standard process is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="149"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="154"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="158"/>
        <source>Only the responsible (%1) can close this ticket. Take it first, or ask your service leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="169"/>
        <source>You are not the responsible (%1): say why you close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="170"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="175"/>
        <source>Reason (saved as an internal note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnFilters</name>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="45"/>
        <source>Unassigned</source>
        <translation type="unfinished">Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="105"/>
        <source>Filtered by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../desk_app/ui/text_views.py" line="124"/>
        <source>No replies or notes yet.</source>
        <translation>Aún no hay respuestas ni notas.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text_views.py" line="148"/>
        <source>Public reply</source>
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text_views.py" line="148"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text_views.py" line="161"/>
        <source>(%1 more characters not shown)</source>
        <translation>(no se muestran %1 caracteres más)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsBox</name>
    <message>
        <location filename="../../desk_app/ui/detail_editors.py" line="237"/>
        <source>Kept from another ticket type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="51"/>
        <source>Diamond partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="52"/>
        <source>Platinum partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="59"/>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="60"/>
        <source>Colombia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="61"/>
        <source>Peru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="68"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="69"/>
        <source>Ticket created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="70"/>
        <source>Ticket updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="71"/>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="72"/>
        <source>Callback scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="73"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="113"/>
        <location filename="../../desk_app/ui/customer_panel.py" line="232"/>
        <source>Open a ticket or answer a call to see its customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="165"/>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="166"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="167"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="168"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="169"/>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="170"/>
        <source>Advisor</source>
        <translation type="unfinished">Asesor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="179"/>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="180"/>
        <source>Past tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="181"/>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="208"/>
        <source>#</source>
        <translation type="unfinished">#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="208"/>
        <source>Subject</source>
        <translation type="unfinished">Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="208"/>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="209"/>
        <source>Requester</source>
        <translation type="unfinished">Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="209"/>
        <source>Updated</source>
        <translation type="unfinished">Actualizado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="218"/>
        <source>Open the customer&apos;s ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="221"/>
        <source>Customer 360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="273"/>
        <source>This ticket is not visible to you.</source>
        <translation type="unfinished">Este ticket no está dentro de tu visibilidad.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="276"/>
        <source>This ticket has no requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="279"/>
        <source>This person is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="305"/>
        <source>Key user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="307"/>
        <source>Backup user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="313"/>
        <source>No organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="319"/>
        <source>Key user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="320"/>
        <source>Backup user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="327"/>
        <source>Open tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="331"/>
        <source>Past tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="333"/>
        <source>Recent calls (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="339"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="345"/>
        <source>not designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="354"/>
        <source>Contract hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="358"/>
        <source>No contract active today: work is billed at the flat hourly rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="377"/>
        <source>%1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="381"/>
        <source>%1 left</source>
        <translation type="unfinished">quedan %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="383"/>
        <source>overdrawn by %1: billed at the flat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="388"/>
        <source>Terms of attention accepted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="391"/>
        <source>Terms of attention not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="94"/>
        <source>#%1 · opened %2 · updated %3</source>
        <translation type="unfinished">#%1 · abierto %2 · actualizado %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="98"/>
        <source>closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="104"/>
        <source>Priority: %1</source>
        <translation type="unfinished">Prioridad: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="107"/>
        <source>Criticality: %1</source>
        <translation type="unfinished">Criticidad: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="121"/>
        <source>Merged into #%1 “%2”. Its conversation continues there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="126"/>
        <source>Merged into this ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="132"/>
        <source>Open #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="75"/>
        <source>Dispatch ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="76"/>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="82"/>
        <source>Optional: what the new responsible should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="84"/>
        <source>Hand over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="85"/>
        <source>Internal note</source>
        <translation type="unfinished">Nota interna</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <location filename="../../desk_app/ui/detail_editors.py" line="149"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="99"/>
        <source>Escalate ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="100"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="104"/>
        <source>From %1 to %2. The ticket goes to that level&apos;s queue, unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="110"/>
        <source>Why does it need the next level?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="112"/>
        <source>Reason (saved as an internal note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="146"/>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="147"/>
        <source>Colombia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="148"/>
        <source>Peru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="163"/>
        <source>“%1” already exists: choose it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="166"/>
        <source>%1 already has the address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="170"/>
        <source>%1 is already registered in this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="174"/>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="177"/>
        <source>Not an e-mail address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="180"/>
        <source>Not a valid phone number in %1. Numbers from elsewhere start with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="185"/>
        <source>Choose one of the values in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="188"/>
        <source>Write a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="190"/>
        <source>The text is larger than 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="192"/>
        <source>Choose a requester, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="194"/>
        <source>This advisor is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="196"/>
        <source>The due date has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="198"/>
        <source>Write the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="200"/>
        <source>Write the organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="202"/>
        <source>Choose an organization, or type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="204"/>
        <source>This organization no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="206"/>
        <source>At most 10 addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="220"/>
        <source>Follow-up on ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="221"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="232"/>
        <source>e.g. call the customer to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="234"/>
        <source>Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="235"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsList</name>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="93"/>
        <source>Remind at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="94"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="94"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="97"/>
        <source>Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="99"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desk_app/ui/formatting.py" line="33"/>
        <source>%n min</source>
        <translation type="unfinished">%n min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/formatting.py" line="35"/>
        <source>%n h</source>
        <translation type="unfinished">%n h</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/formatting.py" line="37"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HistoryTree</name>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="51"/>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="51"/>
        <source>Who</source>
        <translation type="unfinished">Quién</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="51"/>
        <source>Change</source>
        <translation type="unfinished">Cambio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="67"/>
        <source>System</source>
        <translation type="unfinished">Sistema</translation>
    </message>
</context>
<context>
    <name>KbCategoryModel</name>
    <message>
        <location filename="../../desk_app/ui/kb_category_model.py" line="75"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_category_model.py" line="80"/>
        <source>No folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_category_model.py" line="185"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_category_model.py" line="187"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="80"/>
        <source>Search the knowledge base: words in the title, summary or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="95"/>
        <source>All</source>
        <translation type="unfinished">Todos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="96"/>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="97"/>
        <source>Frequently asked questions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="114"/>
        <source>Copy to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="119"/>
        <source>Insert the article into the reply (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="314"/>
        <source>First %1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="317"/>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/knowledge_panel.py" line="319"/>
        <source>%n articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="339"/>
        <source>No articles match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="341"/>
        <source>No frequently asked questions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="343"/>
        <source>This folder has no articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="345"/>
        <source>The knowledge base is empty.

Articles arrive with the first sync, or try the demo: desk-app --demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="16"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="17"/>
        <source>In progress</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="18"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="19"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="25"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="26"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="27"/>
        <location filename="../../desk_app/ui/labels.py" line="36"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="33"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="34"/>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="35"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="42"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="43"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="44"/>
        <source>Consultation</source>
        <comment>channel</comment>
        <translation>Asesoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="45"/>
        <source>Direct ticket</source>
        <translation>Ticket directo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="46"/>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="47"/>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="48"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="54"/>
        <source>No flag</source>
        <translation>Sin bandera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="55"/>
        <source>Orange: pending resolution</source>
        <translation>Naranja: pendiente de resolución</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="56"/>
        <source>Blue: being worked on</source>
        <translation>Azul: en atención</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="57"/>
        <source>Green: ready for review</source>
        <translation>Verde: listo para revisión y cierre</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="63"/>
        <source>Level 1</source>
        <translation>Nivel 1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="64"/>
        <source>Level 2</source>
        <translation>Nivel 2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="65"/>
        <source>Level 3</source>
        <translation>Nivel 3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="66"/>
        <source>Service quality</source>
        <translation>Calidad del servicio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="72"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="73"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="74"/>
        <location filename="../../desk_app/ui/labels.py" line="86"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="75"/>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="81"/>
        <source>Add</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="82"/>
        <source>Remove</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="83"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="84"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="85"/>
        <source>Modification</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="87"/>
        <source>Report</source>
        <translation>Reporte</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="88"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="94"/>
        <source>Information request</source>
        <translation>Petición de información</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="95"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="96"/>
        <source>Claim</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="97"/>
        <source>Consultation</source>
        <comment>PQRS</comment>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="98"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="99"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="105"/>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="106"/>
        <source>Service leader</source>
        <translation>Líder de servicio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="107"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="114"/>
        <source>All</source>
        <comment>view</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="115"/>
        <source>Mine</source>
        <comment>view</comment>
        <translation>Míos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="116"/>
        <source>Unassigned</source>
        <comment>view</comment>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="117"/>
        <source>Open</source>
        <comment>view</comment>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="118"/>
        <source>Waiting</source>
        <comment>view</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="119"/>
        <source>Closed</source>
        <comment>view</comment>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="125"/>
        <source>On time</source>
        <translation>En tiempo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="126"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="127"/>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="128"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="129"/>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="135"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="136"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="137"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="138"/>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="139"/>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="140"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="141"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="142"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="143"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="144"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="145"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="146"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="167"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="176"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>LogTimeDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="193"/>
        <source>Log time on ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="194"/>
        <source>Log time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="205"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="208"/>
        <source>Kind of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="209"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="210"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="55"/>
        <source>Partner Desk</source>
        <translation>Partner Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="57"/>
        <source>Partner Desk — %1</source>
        <translation>Partner Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="72"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="83"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="136"/>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="137"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="138"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="141"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="142"/>
        <source>&amp;Ticket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="144"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="145"/>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="146"/>
        <source>&amp;Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="148"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="149"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="188"/>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/main_window.py" line="188"/>
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="192"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_merge.py" line="58"/>
        <source>Merge ticket #%1 into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_merge.py" line="71"/>
        <source>#%1 “%2” will be closed as a duplicate of the ticket you choose. Its conversation and time stay on it, linked from the other ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_merge.py" line="77"/>
        <source>Ticket number or words of its subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_merge.py" line="83"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequesterForm</name>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="258"/>
        <source>New requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="267"/>
        <source>First name and surnames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="270"/>
        <source>Start typing to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="290"/>
        <source>e.g. Systems director, coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="293"/>
        <source>Work and personal, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="296"/>
        <source>e.g. 55 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="302"/>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="315"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="316"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="317"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="318"/>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="319"/>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="392"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="435"/>
        <source>“%1” already exists: choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="438"/>
        <source>Choose it from the list, or go on typing a new one&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="440"/>
        <source>New organization: it is created with the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="461"/>
        <source>Existing organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="82"/>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="85"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="129"/>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="289"/>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="150"/>
        <source>What is it about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="154"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="158"/>
        <source>From the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="168"/>
        <source>Service, platform, customer… separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="172"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="183"/>
        <source>Everything needed to attend it, written as the customer would (e.g. a new user: name, surnames, role, level, group, courses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="197"/>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="285"/>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="437"/>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="199"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="208"/>
        <source>Priority</source>
        <translation type="unfinished">Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="215"/>
        <source>Subject kind</source>
        <translation type="unfinished">Tipo de asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="224"/>
        <source>Subject</source>
        <translation type="unfinished">Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="225"/>
        <source>Requester</source>
        <translation type="unfinished">Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="226"/>
        <source>Responsible</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="227"/>
        <source>Type</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="228"/>
        <source>Tags</source>
        <translation type="unfinished">Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="229"/>
        <source>Due date</source>
        <translation type="unfinished">Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="230"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="231"/>
        <source>Channel</source>
        <translation type="unfinished">Canal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="232"/>
        <source>Category</source>
        <translation type="unfinished">Categoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="338"/>
        <source>Unassigned</source>
        <translation type="unfinished">Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="341"/>
        <source>%1 (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="359"/>
        <source>Could not load the form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="388"/>
        <source>default for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="393"/>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="437"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="450"/>
        <source>The ticket was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="459"/>
        <source>Choose the ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueListModel</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/queue_sidebar.py" line="91"/>
        <source>%1: %n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="101"/>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="103"/>
        <source>Unassigned · L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="105"/>
        <source>Unassigned · L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="107"/>
        <source>Unassigned · L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="110"/>
        <source>Team&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="111"/>
        <source>My network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="113"/>
        <source>Waiting on customer</source>
        <translation type="unfinished">Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="115"/>
        <source>Due soon / breaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="118"/>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="120"/>
        <source>All of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="121"/>
        <source>All I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="127"/>
        <source>Tickets assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="130"/>
        <source>Not done and nobody has taken them yet, at level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="134"/>
        <source>Tickets from the partners served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="136"/>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/queue_sidebar.py" line="138"/>
        <source>Not done, and due within %n hour(s) or already overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="140"/>
        <source>Every ticket you may see</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueSidebar</name>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="179"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="201"/>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="41"/>
        <source>Public reply</source>
        <translation type="unfinished">Respuesta pública</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="43"/>
        <source>Internal note</source>
        <translation type="unfinished">Nota interna</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="59"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="62"/>
        <source>Send reply or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="64"/>
        <source>Insert canned response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="144"/>
        <source>Reply to the requester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="145"/>
        <source>The requester will see this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="147"/>
        <source>Note for the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="148"/>
        <source>Only the team sees internal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="149"/>
        <source>Ctrl+Enter: send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="151"/>
        <source>Ctrl+Shift+R: canned response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequesterPicker</name>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="502"/>
        <source>Search by name, e-mail, phone or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="511"/>
        <source>New requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="515"/>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="518"/>
        <source>New requester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="520"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="552"/>
        <source>Change</source>
        <translation type="unfinished">Cambio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="683"/>
        <source>Nobody matches “%1”. Create a new requester with Ctrl+Shift+N.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequesterResultsModel</name>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="94"/>
        <source>key user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="96"/>
        <source>backup user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desk_app/ui/shortcuts_dialog.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shortcuts_dialog.py" line="62"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shortcuts_dialog.py" line="62"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shortcuts_dialog.py" line="62"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="41"/>
        <source>First response</source>
        <translation type="unfinished">Primera respuesta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="43"/>
        <source>Resolution</source>
        <translation type="unfinished">Resolución</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="67"/>
        <source>Waiting unassigned for %1</source>
        <translation type="unfinished">Sin asignar desde hace %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="73"/>
        <source>PQRS %1: legal deadline %2</source>
        <translation type="unfinished">PQRS %1: plazo legal %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="88"/>
        <source>due %1</source>
        <translation type="unfinished">vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="92"/>
        <source>paused while waiting on the customer</source>
        <translation type="unfinished">en pausa mientras se espera al cliente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="97"/>
        <source>%1 used of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/detail_sla.py" line="106"/>
        <source>Clock paused %1 in %n pause(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="110"/>
        <source>paused now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="187"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="189"/>
        <source>Doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="191"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/board_view.py" line="202"/>
        <source>+%n more, the most urgent are shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../desk_app/ui/detail_editors.py" line="97"/>
        <source>tag, another tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Requester</source>
        <translation type="vanished">Solicitante</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="vanished">Contacto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="vanished">Responsable</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="vanished">Nivel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="vanished">Canal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">Categoría</translation>
    </message>
    <message>
        <source>Subject kind</source>
        <translation type="vanished">Tipo de asunto</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="vanished">Bandera</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="vanished">Departamento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Etiquetas</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation type="vanished">Tiempo registrado</translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="vanished">Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="vanished">Resolución</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="vanished">Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">Cambio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="136"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="137"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="138"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="188"/>
        <source>Select a ticket to see its details.</source>
        <translation>Selecciona un ticket para ver su detalle.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="189"/>
        <source>Ctrl+F: search · ↑ ↓: move through the list · F5: refresh</source>
        <translation>Ctrl+F: buscar · ↑ ↓: recorrer la lista · F5: actualizar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="245"/>
        <source>Ticket #%1 is no longer in your tickets: it is now with another level or advisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="249"/>
        <source>This ticket is not visible to you.</source>
        <translation>Este ticket no está dentro de tu visibilidad.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="286"/>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="361"/>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · opened %2 · updated %3</source>
        <translation type="vanished">#%1 · abierto %2 · actualizado %3</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="vanished">Prioridad: %1</translation>
    </message>
    <message>
        <source>Criticality: %1</source>
        <translation type="vanished">Criticidad: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="vanished">Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="284"/>
        <source>Conversation (%1)</source>
        <translation>Conversación (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="285"/>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="vanished">vence %1</translation>
    </message>
    <message>
        <source>paused while waiting on the customer</source>
        <translation type="vanished">en pausa mientras se espera al cliente</translation>
    </message>
    <message>
        <source>Waiting unassigned for %1</source>
        <translation type="vanished">Sin asignar desde hace %1</translation>
    </message>
    <message>
        <source>PQRS %1: legal deadline %2</source>
        <translation type="vanished">PQRS %1: plazo legal %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation type="vanished">Sistema</translation>
    </message>
</context>
<context>
    <name>TicketFieldsForm</name>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="130"/>
        <source>Requester</source>
        <translation type="unfinished">Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="131"/>
        <source>Contact</source>
        <translation type="unfinished">Contacto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="132"/>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="132"/>
        <source>Responsible</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="133"/>
        <source>Type</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="133"/>
        <source>Subject kind</source>
        <translation type="unfinished">Tipo de asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="134"/>
        <source>Category</source>
        <translation type="unfinished">Categoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="134"/>
        <source>Subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="135"/>
        <source>Priority</source>
        <translation type="unfinished">Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="135"/>
        <source>Criticality</source>
        <translation type="unfinished">Criticidad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="136"/>
        <source>Channel</source>
        <translation type="unfinished">Canal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="136"/>
        <source>Flag</source>
        <translation type="unfinished">Bandera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="137"/>
        <source>Level</source>
        <translation type="unfinished">Nivel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="137"/>
        <source>Department</source>
        <translation type="unfinished">Departamento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="138"/>
        <source>Due date</source>
        <translation type="unfinished">Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="138"/>
        <source>Time logged</source>
        <translation type="unfinished">Tiempo registrado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="139"/>
        <source>Tags</source>
        <translation type="unfinished">Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="167"/>
        <source>%1 · queue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="181"/>
        <source>Unassigned</source>
        <translation type="unfinished">Sin asignar</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="113"/>
        <source>Search tickets: subject, text, requester, company</source>
        <translation>Buscar tickets: asunto, texto, solicitante, empresa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="137"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="173"/>
        <source>Filter by the current column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="352"/>
        <source>No tickets match “%1”.</source>
        <translation>Ningún ticket coincide con “%1”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="354"/>
        <source>No tickets match the column filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="356"/>
        <source>No tickets in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="359"/>
        <source>There are no tickets here yet.

They arrive with the first sync, or try the demo: desk-app --demo</source>
        <translation>Todavía no hay tickets aquí.

Llegan con la primera sincronización; o prueba la demostración: desk-app --demo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="362"/>
        <source>No tickets in this view.</source>
        <translation>No hay tickets en esta vista.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="106"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="104"/>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="109"/>
        <source>%1 overdue</source>
        <translation>excedido %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="120"/>
        <source>first response due %1</source>
        <translation>primera respuesta vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="122"/>
        <source>resolution due %1</source>
        <translation>resolución vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="127"/>
        <source>clock paused</source>
        <translation>reloj en pausa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="305"/>
        <source>Filtered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="312"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="313"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="314"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="315"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="316"/>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="317"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="318"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="319"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="320"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="321"/>
        <source>Channel</source>
        <translation type="unfinished">Canal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="322"/>
        <source>Level</source>
        <translation type="unfinished">Nivel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="323"/>
        <source>Flag</source>
        <translation type="unfinished">Bandera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="352"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="352"/>
        <source>(no longer visible)</source>
        <translation>(ya no está visible)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="378"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
</TS>
