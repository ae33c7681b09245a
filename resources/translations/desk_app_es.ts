<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desk_app/ui/kb_reader.py" line="95"/>
        <source>This article is no longer in the knowledge base.</source>
        <translation>Este artículo ya no está en la base de conocimiento.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_reader.py" line="97"/>
        <source>Choose an article to read it here.</source>
        <translation>Elija un artículo para leerlo aquí.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_reader.py" line="102"/>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_reader.py" line="106"/>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
</context>
<context>
    <name>ArticleResults</name>
    <message>
        <location filename="../../desk_app/ui/kb_results.py" line="91"/>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="270"/>
        <source>Move card to the next stage</source>
        <translation>Mover la tarjeta a la siguiente etapa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="273"/>
        <source>Move card to the previous stage</source>
        <translation>Mover la tarjeta a la etapa anterior</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="413"/>
        <source>#%1 was not moved: %2</source>
        <translation>No se movió #%1: %2</translation>
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
        <translation>Respuestas tipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="64"/>
        <source>Filter by title or text</source>
        <translation>Filtrar por título o texto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="91"/>
        <source>↑ ↓ choose · Enter insert · Esc close</source>
        <translation>↑ ↓ elegir · Enter insertar · Esc cerrar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="168"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="171"/>
        <source>No canned response matches “%1”.</source>
        <translation>Ninguna respuesta tipo coincide con “%1”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/canned_picker.py" line="175"/>
        <source>There are no canned responses yet. They arrive with the sync.</source>
        <translation>Todavía no hay respuestas tipo. Llegan con la sincronización.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="128"/>
        <source>Close ticket #%1</source>
        <translation>Cerrar ticket #%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="129"/>
        <source>Close ticket</source>
        <translation>Cerrar ticket</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/detail_dialogs.py" line="143"/>
        <source>%n step(s) of the standard process missing: this ticket will not count as following the process.</source>
        <translation>
            <numerusform>Falta %n paso del proceso estándar: este ticket no contará con apego al proceso.</numerusform>
            <numerusform>Faltan %n pasos del proceso estándar: este ticket no contará con apego al proceso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="145"/>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="147"/>
        <source>Every step of the standard process is done.</source>
        <translation>Todos los pasos del proceso estándar están completos.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="149"/>
        <source>Go back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="154"/>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="158"/>
        <source>Only the responsible (%1) can close this ticket. Take it first, or ask your service leader.</source>
        <translation>Solo el responsable (%1) puede cerrar este ticket. Tómelo primero o pídaselo a su líder de servicio.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="169"/>
        <source>You are not the responsible (%1): say why you close it.</source>
        <translation>Usted no es el responsable (%1): indique por qué lo cierra.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="170"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="175"/>
        <source>Reason (saved as an internal note)</source>
        <translation>Motivo (se guarda como nota interna)</translation>
    </message>
</context>
<context>
    <name>ColumnFilters</name>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="46"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="106"/>
        <source>Filtered by %1</source>
        <translation>Filtrado por %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="117"/>
        <source>Show only: %1</source>
        <translation>Mostrar solo: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="128"/>
        <source>Show all (no filter on %1)</source>
        <translation>Mostrar todo (sin filtro en %1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="135"/>
        <source>Clear all column filters</source>
        <translation>Quitar todos los filtros de columna</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/column_filters.py" line="139"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="158"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="177"/>
        <source>You and someone on the server changed the same field. The server&apos;s value is shown in the desk now; your value is kept here.</source>
        <translation>Usted y alguien en el servidor cambiaron el mismo campo. Ahora se muestra el valor del servidor; su valor se conserva aquí.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="180"/>
        <source>No conflicts: your changes and the server&apos;s agree.</source>
        <translation>No hay conflictos: sus cambios y los del servidor coinciden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="189"/>
        <source>&amp;Re-apply mine</source>
        <translation>&amp;Volver a aplicar el mío</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="191"/>
        <source>Write your value again; it is sent to the server on the next sync</source>
        <translation>Escribir de nuevo su valor; se envía al servidor en la próxima sincronización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="193"/>
        <source>&amp;Keep server value</source>
        <translation>&amp;Conservar el valor del servidor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="262"/>
        <source>The conflicts could not be updated: %1</source>
        <translation>No se pudieron actualizar los conflictos: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="107"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="107"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="107"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="108"/>
        <source>Server value</source>
        <translation>Valor del servidor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="108"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desk_app/ui/conflicts_panel.py" line="62"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="72"/>
        <source>Connect to the central helpdesk</source>
        <translation>Conectar con la mesa de ayuda central</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="91"/>
        <location filename="../../desk_app/ui/connection_dialog.py" line="208"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="92"/>
        <source>Auth token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="105"/>
        <source>Verify the server&apos;s certificate (TLS)</source>
        <translation>Verificar el certificado del servidor (TLS)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="108"/>
        <source>Without verification, anyone on the network path could read your password and tickets. Turn it off only for a test server you trust.</source>
        <translation>Sin verificación, cualquiera en la ruta de red podría leer su contraseña y sus tickets. Desactívela solo para un servidor de pruebas de confianza.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="129"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="130"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="131"/>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="139"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="147"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="208"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="210"/>
        <source>Saved — leave empty to keep it</source>
        <translation>Guardado: déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="225"/>
        <source>Enter the helpdesk&apos;s address.</source>
        <translation>Escriba la dirección de la mesa de ayuda.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="231"/>
        <source>Enter a full address that starts with https:// (or http://), without a user name or ?query, for example https://helpdesk.example.com.</source>
        <translation>Escriba una dirección completa que empiece con https:// (o http://), sin nombre de usuario ni ?consulta, por ejemplo https://helpdesk.example.com.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="234"/>
        <source>Enter your user name on the helpdesk.</source>
        <translation>Escriba su nombre de usuario en la mesa de ayuda.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="236"/>
        <source>A user name has no spaces.</source>
        <translation>Un nombre de usuario no lleva espacios.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="250"/>
        <source>Enter your auth token.</source>
        <translation>Escriba su token de autenticación.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="251"/>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="272"/>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="287"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="287"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="327"/>
        <source>Connected to %1 at %2 as %3.</source>
        <translation>Conectado a %1 en %2 como %3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="351"/>
        <location filename="../../desk_app/ui/connection_dialog.py" line="395"/>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="362"/>
        <source>Saved. The server cannot be reached right now; sync will try again when it can.</source>
        <translation>Guardado. No se puede contactar al servidor en este momento; la sincronización lo intentará de nuevo cuando pueda.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/connection_dialog.py" line="366"/>
        <source>No usable system keyring was found, so the secret is kept for this session only: you will be asked again after a restart.</source>
        <translation>No se encontró un llavero del sistema utilizable, así que el secreto se conserva solo durante esta sesión: se le volverá a pedir después de reiniciar.</translation>
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
        <location filename="../../desk_app/ui/detail_editors.py" line="244"/>
        <source>Kept from another ticket type</source>
        <translation>Conservado de otro tipo de ticket</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="51"/>
        <source>Diamond partner</source>
        <translation>Socio Diamante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="52"/>
        <source>Platinum partner</source>
        <translation>Socio Platino</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="59"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="60"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="61"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="68"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="69"/>
        <source>Ticket created</source>
        <translation>Ticket creado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="70"/>
        <source>Ticket updated</source>
        <translation>Ticket actualizado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="71"/>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="72"/>
        <source>Callback scheduled</source>
        <translation>Devolución programada</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="73"/>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="113"/>
        <location filename="../../desk_app/ui/customer_panel.py" line="235"/>
        <source>Open a ticket or answer a call to see its customer.</source>
        <translation>Abra un ticket o conteste una llamada para ver a su cliente.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="165"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="166"/>
        <source>Caller</source>
        <translation>Quién llamó</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="167"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="168"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="169"/>
        <source>Talk</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="170"/>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="179"/>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="180"/>
        <source>Past tickets</source>
        <translation>Tickets anteriores</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="181"/>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="208"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="208"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="208"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="209"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="209"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="221"/>
        <source>Open the customer&apos;s ticket</source>
        <translation>Abrir el ticket del cliente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="224"/>
        <source>Customer 360</source>
        <translation>Consulta 360</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="276"/>
        <source>This ticket is not visible to you.</source>
        <translation>Usted no tiene visibilidad sobre este ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="279"/>
        <source>This ticket has no requester.</source>
        <translation>Este ticket no tiene solicitante.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="282"/>
        <source>This person is no longer in the workspace.</source>
        <translation>Esta persona ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="308"/>
        <source>Key user</source>
        <translation>Usuario líder</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="310"/>
        <source>Backup user</source>
        <translation>Usuario de apoyo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="316"/>
        <source>No organization</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="322"/>
        <source>Key user: %1</source>
        <translation>Usuario líder: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="323"/>
        <source>Backup user: %1</source>
        <translation>Usuario de apoyo: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="330"/>
        <source>Open tickets (%1)</source>
        <translation>Tickets abiertos (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="334"/>
        <source>Past tickets (%1)</source>
        <translation>Tickets anteriores (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="336"/>
        <source>Recent calls (%1)</source>
        <translation>Llamadas recientes (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="342"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="348"/>
        <source>not designated</source>
        <translation>sin designar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="357"/>
        <source>Contract hours</source>
        <translation>Bolsa de horas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="361"/>
        <source>No contract active today: work is billed at the flat hourly rate.</source>
        <translation>Sin contrato vigente hoy: el trabajo se cobra con la tarifa fija por hora.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="380"/>
        <source>%1 of %2 used</source>
        <translation>Usado: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="384"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="386"/>
        <source>overdrawn by %1: billed at the flat rate</source>
        <translation>excedido por %1: se cobra con la tarifa fija</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="391"/>
        <source>Terms of attention accepted on %1</source>
        <translation>Términos de atención aceptados el %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/customer_panel.py" line="394"/>
        <source>Terms of attention not recorded yet</source>
        <translation>Términos de atención aún sin registrar</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="109"/>
        <source>#%1 · opened %2 · updated %3</source>
        <translation>#%1 · abierto %2 · actualizado %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="113"/>
        <source>closed by %1</source>
        <translation>cerrado por %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="119"/>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="122"/>
        <source>Criticality: %1</source>
        <translation>Criticidad: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="136"/>
        <source>Merged into #%1 “%2”. Its conversation continues there.</source>
        <translation>Fusionado en #%1 “%2”. La conversación continúa ahí.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="141"/>
        <source>Merged into this ticket: %1</source>
        <translation>Tickets fusionados en este: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_header.py" line="147"/>
        <source>Open #%1</source>
        <translation>Abrir #%1</translation>
    </message>
</context>
<context>
    <name>DetailLabels</name>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="22"/>
        <location filename="../../desk_app/ui/detail_labels.py" line="57"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="23"/>
        <source>Subject kind</source>
        <translation>Tipo de asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="24"/>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="25"/>
        <source>Merged ticket</source>
        <translation>Ticket fusionado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="26"/>
        <source>Closed by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="27"/>
        <source>Escalation reason</source>
        <translation>Motivo del escalamiento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="28"/>
        <source>Reason for closing</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="29"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="30"/>
        <location filename="../../desk_app/ui/detail_labels.py" line="60"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="31"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="32"/>
        <source>PQRS</source>
        <translation>PQRS</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="33"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="34"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="35"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="36"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="37"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="38"/>
        <source>Kind of time</source>
        <translation>Tipo de tiempo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="44"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="45"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="46"/>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="47"/>
        <source>Requested by (date)</source>
        <translation>Requerido para (fecha)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="48"/>
        <source>Report name</source>
        <translation>Nombre del reporte</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="54"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="55"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="56"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="58"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="59"/>
        <source>At least one tag</source>
        <translation>Al menos una etiqueta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="61"/>
        <source>Time logged</source>
        <translation>Tiempo registrado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="62"/>
        <source>Went through In progress</source>
        <translation>Pasó por En proceso</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="63"/>
        <source>Closed by the responsible</source>
        <translation>Cerrado por el responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="91"/>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_labels.py" line="115"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="75"/>
        <source>Dispatch ticket #%1</source>
        <translation>Despachar ticket #%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="76"/>
        <source>Dispatch</source>
        <translation>Despachar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="82"/>
        <source>Optional: what the new responsible should know</source>
        <translation>Opcional: lo que debe saber el nuevo responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="84"/>
        <source>Hand over to</source>
        <translation>Pasar a</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="85"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <location filename="../../desk_app/ui/detail_editors.py" line="148"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="99"/>
        <source>Escalate ticket #%1</source>
        <translation>Escalar ticket #%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="100"/>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="104"/>
        <source>From %1 to %2. The ticket goes to that level&apos;s queue, unassigned.</source>
        <translation>De %1 a %2. El ticket pasa a la cola de ese nivel, sin asignar.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="110"/>
        <source>Why does it need the next level?</source>
        <translation>¿Por qué necesita el siguiente nivel?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="112"/>
        <source>Reason (saved as an internal note)</source>
        <translation>Motivo (se guarda como nota interna)</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="56"/>
        <source>First sync</source>
        <translation>Primera sincronización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="60"/>
        <source>Downloading the helpdesk&apos;s tickets and articles for the first time. You can keep working meanwhile.</source>
        <translation>Descargando por primera vez los tickets y artículos de la mesa de ayuda. Mientras tanto puede seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="77"/>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="97"/>
        <source>Cancelling after the current page…</source>
        <translation>Cancelando después de la página actual…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="114"/>
        <source>Cancelled. What was downloaded is kept; the next sync continues from there.</source>
        <translation>Cancelada. Lo descargado se conserva; la próxima sincronización continúa desde ahí.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="121"/>
        <source>The first sync stopped: %1</source>
        <translation>La primera sincronización se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="220"/>
        <source>Follow-up on ticket #%1</source>
        <translation>Seguimiento del ticket #%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="221"/>
        <source>Add follow-up</source>
        <translation>Agregar seguimiento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="232"/>
        <source>e.g. call the customer to confirm</source>
        <translation>p. ej., llamar al cliente para confirmar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="234"/>
        <source>Remind me at</source>
        <translation>Recordarme el</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="235"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>FollowUpsList</name>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="93"/>
        <source>Remind at</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="93"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="94"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="94"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="97"/>
        <source>Add follow-up…</source>
        <translation>Agregar seguimiento…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="99"/>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desk_app/ui/formatting.py" line="33"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/formatting.py" line="35"/>
        <source>%n h</source>
        <translation>%n h</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="51"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="51"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_lists.py" line="67"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>KbCategoryModel</name>
    <message>
        <location filename="../../desk_app/ui/kb_category_model.py" line="75"/>
        <source>All articles</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_category_model.py" line="80"/>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_category_model.py" line="185"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/kb_category_model.py" line="187"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/kb_category_model.py" line="165"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="80"/>
        <source>Search the knowledge base: words in the title, summary or text</source>
        <translation>Buscar en la base de conocimiento: palabras del título, resumen o texto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="95"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="96"/>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="97"/>
        <source>Frequently asked questions only</source>
        <translation>Solo preguntas frecuentes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="114"/>
        <source>Copy to reply</source>
        <translation>Copiar a la respuesta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="119"/>
        <source>Insert the article into the reply (Ctrl+Shift+Enter)</source>
        <translation>Insertar el artículo en la respuesta (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="315"/>
        <source>First %1 articles</source>
        <translation>Primeros %1 artículos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="318"/>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/knowledge_panel.py" line="320"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="340"/>
        <source>No articles match “%1”.</source>
        <translation>Ningún artículo coincide con “%1”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="342"/>
        <source>No frequently asked questions here.</source>
        <translation>No hay preguntas frecuentes aquí.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="344"/>
        <source>This folder has no articles.</source>
        <translation>Esta carpeta no tiene artículos.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/knowledge_panel.py" line="346"/>
        <source>The knowledge base is empty.

Articles arrive with the first sync, or try the demo: desk-app --demo</source>
        <translation>La base de conocimiento está vacía.

Los artículos llegan con la primera sincronización; también puede probar la demostración: desk-app --demo</translation>
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
        <translation>Registrar tiempo en el ticket #%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="194"/>
        <source>Log time</source>
        <translation>Registrar tiempo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="205"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="208"/>
        <source>Kind of time</source>
        <translation>Tipo de tiempo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="209"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_dialogs.py" line="210"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="267"/>
        <source>Follow-up due on #%1: %2</source>
        <translation>Seguimiento pendiente en #%1: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="268"/>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="66"/>
        <location filename="../../desk_app/ui/main_window.py" line="274"/>
        <source>Partner Desk</source>
        <translation>Partner Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="68"/>
        <source>Partner Desk — %1</source>
        <translation>Partner Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="83"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="90"/>
        <source>Customer 360</source>
        <translation>Consulta 360</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="103"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="170"/>
        <source>&amp;Desk</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="171"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="172"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="174"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="178"/>
        <source>&amp;Ticket list</source>
        <translation>&amp;Lista de tickets</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="180"/>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="181"/>
        <source>&amp;Knowledge base</source>
        <translation>Base de &amp;conocimiento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="182"/>
        <source>&amp;Customer 360</source>
        <translation>C&amp;onsulta 360</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="183"/>
        <source>&amp;Search tickets</source>
        <translation>&amp;Buscar tickets</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="187"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="263"/>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/main_window.py" line="263"/>
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="277"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desk_app/ui/detail_merge.py" line="58"/>
        <source>Merge ticket #%1 into…</source>
        <translation>Fusionar el ticket #%1 en…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_merge.py" line="71"/>
        <source>#%1 “%2” will be closed as a duplicate of the ticket you choose. Its conversation and time stay on it, linked from the other ticket.</source>
        <translation>#%1 “%2” se cerrará como duplicado del ticket que elija. Su conversación y su tiempo se quedan en él, con un vínculo desde el otro ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_merge.py" line="77"/>
        <source>Ticket number or words of its subject</source>
        <translation>Número o palabras del asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_merge.py" line="83"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>NewRequesterForm</name>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="50"/>
        <source>New requester</source>
        <translation>Nuevo solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="59"/>
        <source>First name and surnames</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="62"/>
        <source>Start typing to find it</source>
        <translation>Empiece a escribir para encontrarla</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="82"/>
        <source>e.g. Systems director, coordinator</source>
        <translation>p. ej., director de sistemas, coordinador</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="85"/>
        <source>Work and personal, separated by commas</source>
        <translation>Laboral y personal, separados por comas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="88"/>
        <source>e.g. 55 1234 5678</source>
        <translation>p. ej., 55 1234 5678</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="94"/>
        <source>Search again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="107"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="108"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="109"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="110"/>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="111"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="184"/>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="227"/>
        <source>“%1” already exists: choose it from the list.</source>
        <translation>“%1” ya existe: elíjala de la lista.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="230"/>
        <source>Choose it from the list, or go on typing a new one&apos;s name.</source>
        <translation>Elíjala de la lista o siga escribiendo el nombre de una nueva.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="232"/>
        <source>New organization: it is created with the ticket.</source>
        <translation>Organización nueva: se crea junto con el ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_requester_form.py" line="253"/>
        <source>Existing organization</source>
        <translation>Organización existente</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="78"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="81"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="125"/>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="285"/>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="146"/>
        <source>What is it about, in a few words</source>
        <translation>De qué se trata, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="150"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="154"/>
        <source>From the type</source>
        <translation>Según el tipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="164"/>
        <source>Service, platform, customer… separated by commas</source>
        <translation>Servicio, plataforma, cliente… separados por comas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="168"/>
        <source>Due by</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="179"/>
        <source>Everything needed to attend it, written as the customer would (e.g. a new user: name, surnames, role, level, group, courses).</source>
        <translation>Todo lo necesario para atenderlo, escrito como lo diría el cliente (p. ej., un usuario nuevo: nombre, apellidos, rol, nivel, grupo, cursos).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="191"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="193"/>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="281"/>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="433"/>
        <source>Create ticket</source>
        <translation>Crear ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="195"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="204"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="211"/>
        <source>Subject kind</source>
        <translation>Tipo de asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="220"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="221"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="222"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="223"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="224"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="225"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="226"/>
        <source>Body</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="227"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="228"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="334"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="337"/>
        <source>%1 (me)</source>
        <translation>%1 (yo)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="355"/>
        <source>Could not load the form: %1</source>
        <translation>No se pudo cargar el formulario: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="384"/>
        <source>default for %1</source>
        <translation>predeterminada para %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="389"/>
        <source>chosen by you</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="433"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="446"/>
        <source>The ticket was not created: %1</source>
        <translation>No se creó el ticket: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/new_ticket_dialog.py" line="455"/>
        <source>Choose the ticket type.</source>
        <translation>Elija el tipo de ticket.</translation>
    </message>
</context>
<context>
    <name>QueueListModel</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/queue_sidebar.py" line="92"/>
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1: %n ticket</numerusform>
            <numerusform>%1: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="102"/>
        <source>My tickets</source>
        <translation>Mis tickets</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="104"/>
        <source>Unassigned · L1</source>
        <translation>Sin asignar · L1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="106"/>
        <source>Unassigned · L2</source>
        <translation>Sin asignar · L2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="108"/>
        <source>Unassigned · L3</source>
        <translation>Sin asignar · L3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="111"/>
        <source>Team&apos;s network</source>
        <translation>Red del equipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="112"/>
        <source>My network</source>
        <translation>Mi red</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="114"/>
        <source>Waiting on customer</source>
        <translation>Esperando cliente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="116"/>
        <source>Due soon / breaching</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="119"/>
        <source>All tickets</source>
        <translation>Todos los tickets</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="121"/>
        <source>All of the team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="122"/>
        <source>All I can see</source>
        <translation>Todo lo que veo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="128"/>
        <source>Tickets assigned to you</source>
        <translation>Tickets asignados a usted</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="131"/>
        <source>Not done and nobody has taken them yet, at level %1</source>
        <translation>Pendientes que nadie ha tomado aún, en el nivel %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="135"/>
        <source>Tickets from the partners served</source>
        <translation>Tickets de los socios que se atienden</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="137"/>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation>Esperando al cliente: el reloj del SLA está en pausa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/queue_sidebar.py" line="139"/>
        <source>Not done, and due within %n hour(s) or already overdue</source>
        <translation>
            <numerusform>Pendientes que vencen en %n hora o menos, o ya vencidos</numerusform>
            <numerusform>Pendientes que vencen en %n horas o menos, o ya vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="141"/>
        <source>Every ticket you may see</source>
        <translation>Todos los tickets que usted puede ver</translation>
    </message>
</context>
<context>
    <name>QueueSidebar</name>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="180"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_sidebar.py" line="202"/>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="130"/>
        <source>Changes the server refused</source>
        <translation>Cambios rechazados por el servidor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="145"/>
        <source>These changes stay on this computer: the server refused them and they are not sent again by themselves. Fix the cause on the server (a permission, a value), then send them again.</source>
        <translation>Estos cambios se quedan en este equipo: el servidor los rechazó y no se vuelven a enviar solos. Corrija la causa en el servidor (un permiso, un valor) y luego envíelos de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="149"/>
        <source>The server has accepted every change.</source>
        <translation>El servidor aceptó todos los cambios.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="156"/>
        <source>&amp;Send again</source>
        <translation>&amp;Enviar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="221"/>
        <source>The list could not be updated: %1</source>
        <translation>No se pudo actualizar la lista: %1</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="94"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="94"/>
        <source>Why the server refused it</source>
        <translation>Por qué lo rechazó el servidor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="94"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="41"/>
        <source>Public reply</source>
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="43"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="60"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="63"/>
        <source>Send reply or note</source>
        <translation>Enviar respuesta o nota</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="65"/>
        <source>Insert canned response…</source>
        <translation>Insertar respuesta tipo…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="145"/>
        <source>Reply to the requester…</source>
        <translation>Respuesta para el solicitante…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="146"/>
        <source>The requester will see this reply.</source>
        <translation>El solicitante verá esta respuesta.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="148"/>
        <source>Note for the team…</source>
        <translation>Nota para el equipo…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="149"/>
        <source>Only the team sees internal notes.</source>
        <translation>Solo el equipo ve las notas internas.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="152"/>
        <source>Ctrl+Enter: send</source>
        <translation>Ctrl+Enter: enviar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_reply.py" line="154"/>
        <source>Ctrl+Shift+R: canned response</source>
        <translation>Ctrl+Shift+R: respuesta tipo</translation>
    </message>
</context>
<context>
    <name>RequesterPicker</name>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="53"/>
        <source>Search by name, e-mail, phone or company</source>
        <translation>Buscar por nombre, correo, teléfono o empresa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="62"/>
        <source>New requester</source>
        <translation>Nuevo solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="66"/>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="69"/>
        <source>New requester…</source>
        <translation>Nuevo solicitante…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="71"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="103"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requester_picker.py" line="234"/>
        <source>Nobody matches “%1”. Create a new requester with Ctrl+Shift+N.</source>
        <translation>Nadie coincide con “%1”. Cree un solicitante nuevo con Ctrl+Shift+N.</translation>
    </message>
</context>
<context>
    <name>RequesterResultsModel</name>
    <message>
        <location filename="../../desk_app/ui/people_models.py" line="57"/>
        <source>key user</source>
        <translation>usuario líder</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_models.py" line="59"/>
        <source>backup user</source>
        <translation>usuario de apoyo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desk_app/ui/shortcuts_dialog.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shortcuts_dialog.py" line="62"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shortcuts_dialog.py" line="62"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shortcuts_dialog.py" line="62"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="42"/>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="44"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="74"/>
        <source>Waiting unassigned for %1</source>
        <translation>Sin asignar desde hace %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="80"/>
        <source>PQRS %1: legal deadline %2</source>
        <translation>PQRS %1: plazo legal %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="95"/>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="99"/>
        <source>paused while waiting on the customer</source>
        <translation>en pausa mientras se espera al cliente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="104"/>
        <source>%1 used of %2</source>
        <translation>Usado: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/detail_sla.py" line="113"/>
        <source>Clock paused %1 in %n pause(s)</source>
        <translation>
            <numerusform>Reloj en pausa %1 en %n pausa</numerusform>
            <numerusform>Reloj en pausa %1 en %n pausas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_sla.py" line="117"/>
        <source>paused now</source>
        <translation>en pausa ahora</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="188"/>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="190"/>
        <source>Doing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/board_view.py" line="192"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/board_view.py" line="203"/>
        <source>+%n more, the most urgent are shown</source>
        <translation>
            <numerusform>+%n más; se muestran los más urgentes</numerusform>
            <numerusform>+%n más; se muestran los más urgentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="24"/>
        <source>Choose one of the values in the list.</source>
        <translation>Elija uno de los valores de la lista.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="26"/>
        <source>Write a subject.</source>
        <translation>Escriba un asunto.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="27"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="29"/>
        <location filename="../../desk_app/ui/store_messages.py" line="31"/>
        <source>The text is larger than 5 MB.</source>
        <translation>El texto pesa más de 5 MB.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="33"/>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="35"/>
        <source>Choose a requester, or create one.</source>
        <translation>Elija un solicitante o cree uno.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="37"/>
        <source>This advisor no longer exists.</source>
        <translation>Este asesor ya no existe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="39"/>
        <source>This user does not exist or is inactive.</source>
        <translation>Este usuario no existe o está inactivo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="41"/>
        <source>This field cannot be changed here.</source>
        <translation>Este campo no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="43"/>
        <source>This field is changed with its own action.</source>
        <translation>Este campo se cambia con su propia acción.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="45"/>
        <source>Unknown status: %1.</source>
        <translation>Estado desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="46"/>
        <source>Not a date and time.</source>
        <translation>No es una fecha y hora válida.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="47"/>
        <source>The due date has already passed.</source>
        <translation>La fecha límite ya pasó.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="49"/>
        <source>This category no longer exists.</source>
        <translation>Esta categoría ya no existe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="51"/>
        <source>This subcategory no longer exists.</source>
        <translation>Esta subcategoría ya no existe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="53"/>
        <source>The subcategory does not belong to the category.</source>
        <translation>La subcategoría no pertenece a la categoría.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="55"/>
        <source>Expected a list of tags.</source>
        <translation>Se esperaba una lista de etiquetas.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="57"/>
        <source>A tag has at most %1 characters.</source>
        <translation>Cada etiqueta admite máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="59"/>
        <source>At most %1 tags.</source>
        <translation>Máximo %1 etiquetas.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="60"/>
        <source>Expected field values by name.</source>
        <translation>Se esperaban valores de campo por nombre.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="62"/>
        <source>This field does not belong to the ticket&apos;s type.</source>
        <translation>Este campo no corresponde al tipo de ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="64"/>
        <source>Expected text.</source>
        <translation>Se esperaba texto.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="65"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>No es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="67"/>
        <source>Too long.</source>
        <translation>Demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="68"/>
        <source>Choose one of: %1.</source>
        <translation>Elija uno de estos: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="69"/>
        <source>Between 1 minute and 24 hours.</source>
        <translation>Entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="71"/>
        <source>Ticket #%1 does not exist or you cannot see it.</source>
        <translation>El ticket #%1 no existe o usted no tiene visibilidad sobre él.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="74"/>
        <source>Choose a time in the future.</source>
        <translation>Elija una hora futura.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="76"/>
        <source>Already done.</source>
        <translation>Ya está hecho.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="77"/>
        <source>This follow-up no longer exists.</source>
        <translation>Este seguimiento ya no existe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="80"/>
        <source>Choose an active advisor.</source>
        <translation>Elija un asesor activo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="82"/>
        <source>To assign it to yourself, use Take.</source>
        <translation>Para asignárselo a usted, use Tomar.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="84"/>
        <source>Already the responsible.</source>
        <translation>Ya es el responsable.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="86"/>
        <source>Already at the highest level.</source>
        <translation>Ya está en el nivel más alto.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="88"/>
        <source>Give a reason for the escalation.</source>
        <translation>Indique el motivo del escalamiento.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="90"/>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Un ticket no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="92"/>
        <source>No visible ticket has that number.</source>
        <translation>No hay ningún ticket visible con ese número.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="94"/>
        <source>That ticket was merged into another one.</source>
        <translation>Ese ticket se fusionó en otro.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="96"/>
        <source>That ticket is closed.</source>
        <translation>Ese ticket está cerrado.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="98"/>
        <source>Not a closing status.</source>
        <translation>No es un estado de cierre.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="100"/>
        <source>Only the responsible can close this ticket.</source>
        <translation>Solo el responsable puede cerrar este ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="102"/>
        <source>Say why you are closing a ticket that is not yours.</source>
        <translation>Indique por qué cierra un ticket que no es suyo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="104"/>
        <source>A merged ticket stays closed.</source>
        <translation>Un ticket fusionado permanece cerrado.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="106"/>
        <source>This ticket was merged into another one.</source>
        <translation>Este ticket se fusionó en otro.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="108"/>
        <source>The ticket is closed: reopen it first.</source>
        <translation>El ticket está cerrado: reábralo primero.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="111"/>
        <source>Write the person&apos;s full name.</source>
        <translation>Escriba el nombre completo de la persona.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="113"/>
        <source>%1 is already registered in this organization.</source>
        <translation>%1 ya está registrado en esta organización.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="115"/>
        <source>%1 already has the address %2.</source>
        <translation>%1 ya tiene la dirección %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="117"/>
        <source>Not an e-mail address: %1</source>
        <translation>No es una dirección de correo: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="119"/>
        <source>At most %1 addresses.</source>
        <translation>Máximo %1 direcciones.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="121"/>
        <source>Not a valid phone number in %1. Numbers from elsewhere start with +.</source>
        <translation>No es un número de teléfono válido en %1. Los de otros países empiezan con +.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="124"/>
        <source>Write the organization&apos;s name.</source>
        <translation>Escriba el nombre de la organización.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="126"/>
        <source>“%1” already exists: choose it instead.</source>
        <translation>“%1” ya existe: elíjala en lugar de crearla.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="128"/>
        <source>This organization no longer exists.</source>
        <translation>Esta organización ya no existe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="130"/>
        <source>Choose an organization, or type a new one.</source>
        <translation>Elija una organización o escriba una nueva.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="132"/>
        <source>Unknown country code: %1.</source>
        <translation>Código de país desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="134"/>
        <source>Choose one of: %1, or none.</source>
        <translation>Elija uno de estos: %1, o ninguno.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="142"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="143"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/store_messages.py" line="144"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message>
        <location filename="../../desk_app/ui/sync_bridge.py" line="262"/>
        <source>This computer has no network connection.</source>
        <translation>Este equipo no tiene conexión de red.</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../desk_app/ui/sync_controls.py" line="74"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_controls.py" line="75"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_controls.py" line="76"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_controls.py" line="79"/>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexión…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_controls.py" line="80"/>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_controls.py" line="81"/>
        <source>&amp;Refused changes…</source>
        <translation>Cambios &amp;rechazados…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_controls.py" line="99"/>
        <source>Syncing with the helpdesk…</source>
        <translation>Sincronizando con la mesa de ayuda…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_controls.py" line="189"/>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="68"/>
        <source>This address does not lead to a helpdesk. Check the URL, for example https://helpdesk.example.com.</source>
        <translation>Esta dirección no lleva a una mesa de ayuda. Revise la URL, por ejemplo https://helpdesk.example.com.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="75"/>
        <source>No helpdesk API was found at this address. Check the URL.</source>
        <translation>No se encontró la API de la mesa de ayuda en esta dirección. Revise la URL.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="81"/>
        <source>The server did not answer in time. It may be busy, or the network is slow; sync will try again.</source>
        <translation>El servidor no respondió a tiempo. Puede estar ocupado o la red está lenta; la sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="87"/>
        <source>Cannot reach the server: you are offline, or the address or port is wrong. Your changes are kept and sync will try again.</source>
        <translation>No se puede contactar al servidor: no hay conexión, o la dirección o el puerto son incorrectos. Sus cambios se conservan y la sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="95"/>
        <source>The server rejected this token (401). Check that it is current.</source>
        <translation>El servidor rechazó este token (401). Verifique que esté vigente.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="99"/>
        <source>Wrong user name or password (401).</source>
        <translation>Nombre de usuario o contraseña incorrectos (401).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="102"/>
        <source>This account may not use the helpdesk&apos;s REST API (403). Ask the helpdesk administrator for access.</source>
        <translation>Esta cuenta no tiene permiso para usar la API REST de la mesa de ayuda (403). Solicite acceso al administrador de la mesa de ayuda.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="109"/>
        <source>The server&apos;s certificate could not be verified. Check the address, or have the certificate fixed; turn verification off only for a test server you trust.</source>
        <translation>No se pudo verificar el certificado del servidor. Revise la dirección o pida que corrijan el certificado; desactive la verificación solo para un servidor de pruebas de confianza.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="117"/>
        <source>No password or token is stored for this account (without a keyring it is kept for one session only). Enter it again under Sync → Connection….</source>
        <translation>No hay contraseña ni token guardados para esta cuenta (sin llavero del sistema se conservan solo durante una sesión). Escríbalos de nuevo en Sincronización → Conexión….</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="124"/>
        <source>Sync is not set up: connect to the central helpdesk under Sync → Connection….</source>
        <translation>La sincronización no está configurada: conéctese a la mesa de ayuda central en Sincronización → Conexión….</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="130"/>
        <source>The server answered with an error:</source>
        <translation>El servidor respondió con un error:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="133"/>
        <source>The helpdesk could not be used:</source>
        <translation>No se pudo usar la mesa de ayuda:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_errors.py" line="135"/>
        <source>Sync failed unexpectedly:</source>
        <translation>La sincronización falló de forma inesperada:</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="28"/>
        <source>Sending your changes…</source>
        <translation>Enviando sus cambios…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="29"/>
        <source>Downloading tickets…</source>
        <translation>Descargando tickets…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="30"/>
        <source>Downloading articles…</source>
        <translation>Descargando artículos…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="31"/>
        <source>Downloading users and queues…</source>
        <translation>Descargando usuarios y colas…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="32"/>
        <source>Downloading calls and surveys…</source>
        <translation>Descargando llamadas y encuestas…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="33"/>
        <source>Downloading contracts…</source>
        <translation>Descargando contratos…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_progress.py" line="43"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>SyncRefused</name>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="53"/>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="54"/>
        <location filename="../../desk_app/ui/sync_refused.py" line="56"/>
        <source>Ticket change</source>
        <translation>Cambio en ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="55"/>
        <source>Ticket merge</source>
        <translation>Fusión de tickets</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="58"/>
        <source>Reply or note</source>
        <translation>Respuesta o nota</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="59"/>
        <source>Time entry</source>
        <translation>Registro de tiempo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="60"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="61"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="62"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="63"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_refused.py" line="64"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="54"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="56"/>
        <source>%n min ago</source>
        <translation>hace %n min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="61"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="63"/>
        <source>%n days ago</source>
        <translation>hace %n días</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="70"/>
        <source>1 pending change</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="72"/>
        <source>%n pending changes</source>
        <translation>%n cambios pendientes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="78"/>
        <source>1 change refused</source>
        <translation>1 cambio rechazado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="80"/>
        <source>%n changes refused</source>
        <translation>%n cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="86"/>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="88"/>
        <source>%n conflicts</source>
        <translation>%n conflictos</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="125"/>
        <source>Show the conflicts between your changes and the server&apos;s</source>
        <translation>Mostrar los conflictos entre sus cambios y los del servidor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="131"/>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="173"/>
        <source>Not connected to a central helpdesk: everything stays on this computer. Connect to sync your tickets.</source>
        <translation>Sin conexión a una mesa de ayuda central: todo se queda en este equipo. Conéctese para sincronizar sus tickets.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="179"/>
        <source>Changes made here that the server has not received yet</source>
        <translation>Cambios hechos aquí que el servidor aún no ha recibido</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="183"/>
        <source>The server refused these changes for good, so they are not sent again.</source>
        <translation>El servidor rechazó estos cambios de forma definitiva, así que no se vuelven a enviar.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="191"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="193"/>
        <source>Not connected —</source>
        <translation>Sin conexión —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="194"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="195"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="196"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="197"/>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="203"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sync_status.py" line="207"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../desk_app/ui/detail_editors.py" line="96"/>
        <source>tag, another tag</source>
        <translation>etiqueta, otra etiqueta</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="141"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="142"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="143"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="193"/>
        <source>Select a ticket to see its details.</source>
        <translation>Seleccione un ticket para ver su detalle.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="194"/>
        <source>Ctrl+F: search · ↑ ↓: move through the list · F5: refresh</source>
        <translation>Ctrl+F: buscar · ↑ ↓: recorrer la lista · F5: actualizar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="254"/>
        <source>Ticket #%1 is no longer in your tickets: it is now with another level or advisor.</source>
        <translation>El ticket #%1 ya no está entre sus tickets: ahora lo tiene otro nivel u otro asesor.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="258"/>
        <source>This ticket is not visible to you.</source>
        <translation>Usted no tiene visibilidad sobre este ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="296"/>
        <source>Follow-ups (%1)</source>
        <translation>Seguimientos (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="371"/>
        <source>Could not save the change: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="294"/>
        <source>Conversation (%1)</source>
        <translation>Conversación (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_detail_pane.py" line="295"/>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="69"/>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="71"/>
        <source>Assign the ticket to me and start working</source>
        <translation>Asignarme el ticket y empezar a atenderlo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="76"/>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Despachar…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="78"/>
        <source>Hand the ticket over to another advisor</source>
        <translation>Pasar el ticket a otro asesor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="83"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="85"/>
        <source>Send the ticket to the next level</source>
        <translation>Enviar el ticket al siguiente nivel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="88"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="90"/>
        <source>Close this ticket as a duplicate</source>
        <translation>Cerrar este ticket como duplicado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="93"/>
        <source>Change &amp;status</source>
        <translation>Cambiar est&amp;ado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="95"/>
        <source>Choose another status</source>
        <translation>Elegir otro estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="98"/>
        <source>&amp;Close…</source>
        <translation>&amp;Cerrar…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="100"/>
        <source>Close the ticket after the checklist</source>
        <translation>Cerrar el ticket tras revisar la lista de verificación</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="103"/>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="105"/>
        <source>Write a public reply</source>
        <translation>Escribir una respuesta pública</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="108"/>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="110"/>
        <source>Write an internal note</source>
        <translation>Escribir una nota interna</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="113"/>
        <source>&amp;Log time…</source>
        <translation>Re&amp;gistrar tiempo…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="115"/>
        <source>Log time spent on the ticket</source>
        <translation>Registrar el tiempo dedicado al ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="118"/>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Seguimiento…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_actions.py" line="120"/>
        <source>Set a reminder on the ticket</source>
        <translation>Programar un recordatorio en el ticket</translation>
    </message>
</context>
<context>
    <name>TicketFieldsForm</name>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="142"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="143"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="144"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="145"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="146"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="147"/>
        <source>Subject kind</source>
        <translation>Tipo de asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="148"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="149"/>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="150"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="151"/>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="152"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="153"/>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="154"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="155"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="156"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="157"/>
        <source>Time logged</source>
        <translation>Tiempo registrado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="158"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="210"/>
        <source>%1 · queue %2</source>
        <translation>%1 · cola %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail_form.py" line="224"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="143"/>
        <source>Search tickets: subject, text, requester, company</source>
        <translation>Buscar tickets: asunto, texto, solicitante, empresa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="167"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="203"/>
        <source>Filter by the current column…</source>
        <translation>Filtrar por la columna actual…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="398"/>
        <source>No tickets match “%1”.</source>
        <translation>Ningún ticket coincide con “%1”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="400"/>
        <source>No tickets match the column filters.</source>
        <translation>Ningún ticket coincide con los filtros de columna.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="402"/>
        <source>No tickets in this queue.</source>
        <translation>No hay tickets en esta cola.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="405"/>
        <source>There are no tickets here yet.

They arrive with the first sync, or try the demo: desk-app --demo</source>
        <translation>Todavía no hay tickets aquí.

Llegan con la primera sincronización; también puede probar la demostración: desk-app --demo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_list_panel.py" line="408"/>
        <source>No tickets in this view.</source>
        <translation>No hay tickets en esta vista.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../desk_app/ui/ticket_columns.py" line="68"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_columns.py" line="66"/>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_columns.py" line="71"/>
        <source>%1 overdue</source>
        <translation>excedido %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_columns.py" line="82"/>
        <source>first response due %1</source>
        <translation>primera respuesta vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_columns.py" line="84"/>
        <source>resolution due %1</source>
        <translation>resolución vence %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_columns.py" line="89"/>
        <source>clock paused</source>
        <translation>reloj en pausa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="387"/>
        <source>Filtered: %1</source>
        <translation>Filtrado: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="394"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="395"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="396"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="397"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="398"/>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="399"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="400"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="401"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="402"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="403"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="404"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="405"/>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="434"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="434"/>
        <source>(no longer visible)</source>
        <translation>(ya no está visible)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/ticket_table_model.py" line="460"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
</TS>
