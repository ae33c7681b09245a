<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
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
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/formatting.py" line="33"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/formatting.py" line="35"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/formatting.py" line="37"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="34"/>
        <source>Partner Desk</source>
        <translation>Partner Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="36"/>
        <source>Partner Desk — %1</source>
        <translation>Partner Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="86"/>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/main_window.py" line="86"/>
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="90"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="113"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="113"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="115"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="115"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="116"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="116"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="117"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="117"/>
        <source>Subject kind</source>
        <translation>Tipo de asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="118"/>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="118"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="119"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="119"/>
        <source>Time logged</source>
        <translation>Tiempo registrado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="145"/>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="146"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="170"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="170"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="170"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="176"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="177"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="191"/>
        <source>Select a ticket to see its details.</source>
        <translation>Selecciona un ticket para ver su detalle.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="192"/>
        <source>Ctrl+F: search · ↑ ↓: move through the list · F5: refresh</source>
        <translation>Ctrl+F: buscar · ↑ ↓: recorrer la lista · F5: actualizar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="246"/>
        <source>This ticket is not visible to you.</source>
        <translation>Este ticket no está dentro de tu visibilidad.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="265"/>
        <source>#%1 · opened %2 · updated %3</source>
        <translation>#%1 · abierto %2 · actualizado %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="275"/>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="281"/>
        <source>Criticality: %1</source>
        <translation>Criticidad: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="291"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="308"/>
        <source>Conversation (%1)</source>
        <translation>Conversación (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="310"/>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="331"/>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="335"/>
        <source>paused while waiting on the customer</source>
        <translation>en pausa mientras se espera al cliente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="339"/>
        <source>Waiting unassigned for %1</source>
        <translation>Sin asignar desde hace %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="347"/>
        <source>PQRS %1: legal deadline %2</source>
        <translation>PQRS %1: plazo legal %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="369"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="72"/>
        <source>Search tickets: subject, text, requester, company</source>
        <translation>Buscar tickets: asunto, texto, solicitante, empresa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="222"/>
        <source>No tickets match “%1”.</source>
        <translation>Ningún ticket coincide con “%1”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="225"/>
        <source>There are no tickets here yet.

They arrive with the first sync, or try the demo: desk-app --demo</source>
        <translation>Todavía no hay tickets aquí.

Llegan con la primera sincronización; o prueba la demostración: desk-app --demo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="228"/>
        <source>No tickets in this view.</source>
        <translation>No hay tickets en esta vista.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="84"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="82"/>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="87"/>
        <source>%1 overdue</source>
        <translation>excedido %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="98"/>
        <source>first response due %1</source>
        <translation>primera respuesta vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="100"/>
        <source>resolution due %1</source>
        <translation>resolución vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="105"/>
        <source>clock paused</source>
        <translation>reloj en pausa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="242"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="243"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="244"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="245"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="246"/>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="247"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="248"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="249"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="250"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="279"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="279"/>
        <source>(no longer visible)</source>
        <translation>(ya no está visible)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="305"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
</TS>
