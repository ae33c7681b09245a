<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
<context>
    <name>ArticleReader</name>
    <message>
        <source>This article is no longer in the knowledge base.</source>
        <translation>Este artículo ya no está en la base de conocimiento.</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Elija un artículo para leerlo aquí.</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
</context>
<context>
    <name>ArticleResults</name>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
</context>
<context>
    <name>BillingBanners</name>
    <message>
        <source>Record confirmation…</source>
        <translation>Registrar confirmación…</translation>
    </message>
    <message>
        <source>Record acceptance…</source>
        <translation>Registrar aceptación…</translation>
    </message>
    <message>
        <source>Terms of attention not accepted: the ticket cannot move past Open</source>
        <translation>Términos de atención no aceptados: el ticket no puede avanzar más allá de Abierto</translation>
    </message>
    <message>
        <source>Awaiting the key user&apos;s confirmation: %1 estimated, nothing confirmed yet (needed over 2 h)</source>
        <translation>En espera de la confirmación del usuario líder: %1 estimadas, nada confirmado aún (necesaria a partir de 2 h)</translation>
    </message>
    <message>
        <source>Awaiting the key user&apos;s confirmation: %1 logged, nothing confirmed yet (needed over 2 h)</source>
        <translation>En espera de la confirmación del usuario líder: %1 registradas, nada confirmado aún (necesaria a partir de 2 h)</translation>
    </message>
    <message>
        <source>Awaiting the key user&apos;s confirmation: %1 estimated, %2 confirmed</source>
        <translation>En espera de la confirmación del usuario líder: %1 estimadas, %2 confirmadas</translation>
    </message>
    <message>
        <source>Awaiting the key user&apos;s confirmation: %1 logged, %2 confirmed</source>
        <translation>En espera de la confirmación del usuario líder: %1 registradas, %2 confirmadas</translation>
    </message>
</context>
<context>
    <name>BillingDialogs</name>
    <message>
        <source>on the portal</source>
        <translation>en el portal</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>key user</source>
        <translation>usuario líder</translation>
    </message>
    <message>
        <source>backup user</source>
        <translation>usuario de apoyo</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>solicitante</translation>
    </message>
</context>
<context>
    <name>BillingFlows</name>
    <message>
        <source>Time logged, but the ticket is awaiting the key user&apos;s confirmation of the hours: record it before going on.</source>
        <translation>Tiempo registrado, pero el ticket espera la confirmación de horas del usuario líder: regístrela antes de continuar.</translation>
    </message>
    <message>
        <source>Low balance: %1 has %2 of contract hours left.</source>
        <translation>Saldo bajo: a %1 le quedan %2 de horas de contrato.</translation>
    </message>
    <message>
        <source>%1 has used up its contract hours: this time is billed at the flat hourly rate.</source>
        <translation>%1 agotó sus horas de contrato: este tiempo se factura a la tarifa por hora estándar.</translation>
    </message>
</context>
<context>
    <name>BillingSection</name>
    <message>
        <source>Time and billing</source>
        <translation>Tiempo y facturación</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Sin estimación</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <source>Stop and log</source>
        <translation>Detener y registrar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Stop the timer without logging its time</source>
        <translation>Detener el cronómetro sin registrar su tiempo</translation>
    </message>
    <message>
        <source>Log time…</source>
        <translation>Registrar tiempo…</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Tiempo registrado</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Cronómetro</translation>
    </message>
    <message>
        <source>Not decided yet: counts as consumption for now</source>
        <translation>Aún sin decidir: cuenta como consumo por ahora</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>Decidido por %1 el %2</translation>
    </message>
    <message>
        <source>Confirmed up to %1 by %2 %3 on %4</source>
        <translation>Confirmado hasta %1 por %2 %3 el %4</translation>
    </message>
    <message>
        <source>Terms of attention not accepted yet.</source>
        <translation>Términos de atención aún no aceptados.</translation>
    </message>
    <message>
        <source>Terms of attention accepted for the contract %1 on %2</source>
        <translation>Términos de atención aceptados para el contrato %1 el %2</translation>
    </message>
    <message>
        <source>Terms of attention accepted by %1 %2 on %3</source>
        <translation>Términos de atención aceptados por %1 %2 el %3</translation>
    </message>
    <message>
        <source>No customer company: billed at the flat hourly rate.</source>
        <translation>Sin empresa cliente: se factura a la tarifa por hora estándar.</translation>
    </message>
    <message>
        <source>%1 has no active contract: billed at the flat hourly rate.</source>
        <translation>%1 no tiene contrato vigente: se factura a la tarifa por hora estándar.</translation>
    </message>
    <message>
        <source>Contract hours used up (%1 of %2): work beyond them is billed at the flat hourly rate.</source>
        <translation>Horas del contrato agotadas (%1 de %2): el trabajo adicional se factura a la tarifa por hora estándar.</translation>
    </message>
    <message>
        <source>Low balance: %1 left of %2 this period.</source>
        <translation>Saldo bajo: quedan %1 de %2 en este periodo.</translation>
    </message>
    <message>
        <source>Balance: %1 left of %2 this period.</source>
        <translation>Saldo: quedan %1 de %2 en este periodo.</translation>
    </message>
    <message>
        <source>Warranty: this ticket&apos;s time does not consume it.</source>
        <translation>Garantía: el tiempo de este ticket no lo consume.</translation>
    </message>
    <message>
        <source>Timer running: %1 · %2</source>
        <translation>Cronómetro en marcha: %1 · %2</translation>
    </message>
    <message>
        <source>Your timer is running on #%1 “%4”: %2 · %3</source>
        <translation>Su cronómetro está en marcha en el #%1 «%4»: %2 · %3</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Move card to the next stage</source>
        <translation>Mover la tarjeta a la siguiente etapa</translation>
    </message>
    <message>
        <source>Move card to the previous stage</source>
        <translation>Mover la tarjeta a la etapa anterior</translation>
    </message>
    <message>
        <source>#%1 was not moved: %2</source>
        <translation>No se movió #%1: %2</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters (%3).</source>
        <translation>Se muestran los primeros %1 de %2 caracteres (%3).</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>%1 calls exported to %2</source>
        <translation>%1 llamadas exportadas a %2</translation>
    </message>
    <message>
        <source>Call hooks go to another Partner Desk window already open.</source>
        <translation>Los avisos de llamadas van a otra ventana de Partner Desk ya abierta.</translation>
    </message>
    <message>
        <source>The SIP listener cannot use port %1: %2</source>
        <translation>El receptor SIP no puede usar el puerto %1: %2</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Llamada %1: %2</translation>
    </message>
</context>
<context>
    <name>CallHistory</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Contact / company</source>
        <translation>Contacto / empresa</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>↘ In</source>
        <translation>↘ Entrante</translation>
    </message>
    <message>
        <source>↗ Out</source>
        <translation>↗ Saliente</translation>
    </message>
    <message>
        <source>Double-click to open the ticket</source>
        <translation>Doble clic para abrir el ticket</translation>
    </message>
    <message>
        <source>Ended by: %1</source>
        <translation>Terminada por: %1</translation>
    </message>
</context>
<context>
    <name>CallHistoryView</name>
    <message>
        <source>All advisors</source>
        <translation>Todos los asesores</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Missed only</source>
        <translation>Solo perdidas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n calls: narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Se muestra la llamada más reciente: acote los filtros para ver las anteriores.</numerusform>
            <numerusform>Se muestran las %n llamadas más recientes: acote los filtros para ver las anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1</source>
        <translation>
            <numerusform>%n llamada exportada a %1</numerusform>
            <numerusform>%n llamadas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Resolved on first contact</source>
        <translation>Resuelta en el primer contacto</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Ticket creado</translation>
    </message>
    <message>
        <source>Ticket updated</source>
        <translation>Ticket actualizado</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>Devolución de llamada programada</translation>
    </message>
    <message>
        <source>Missed / abandoned</source>
        <translation>Perdida / abandonada</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>New ticket from the call</source>
        <translation>Nuevo ticket desde la llamada</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>Marcando…</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Poner en espera</translation>
    </message>
    <message>
        <source>Linked tickets: %1</source>
        <translation>Tickets vinculados: %1</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre de la llamada</translation>
    </message>
    <message>
        <source>Ringing %1</source>
        <translation>Timbrando %1</translation>
    </message>
    <message>
        <source>Talk %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Espera %1</translation>
    </message>
    <message>
        <source>Type the number to call.</source>
        <translation>Escriba el número al que desea llamar.</translation>
    </message>
    <message>
        <source>Phone call from %1</source>
        <translation>Llamada de %1</translation>
    </message>
    <message>
        <source>Type a ticket number, e.g. 1234.</source>
        <translation>Escriba un número de ticket, p. ej. 1234.</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Cola %1</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <source>Create person…</source>
        <translation>Crear persona…</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>%1 people have this number: who is calling?</source>
        <translation>%1 personas tienen este número: ¿quién llama?</translation>
    </message>
    <message>
        <source>Choose the caller:</source>
        <translation>Elija a quien llama:</translation>
    </message>
    <message>
        <source>Or another person:</source>
        <translation>U otra persona:</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Sin empresa</translation>
    </message>
    <message>
        <source>Key user of the company</source>
        <translation>Usuario clave de la empresa</translation>
    </message>
    <message>
        <source>Key user: %1</source>
        <translation>Usuario clave: %1</translation>
    </message>
    <message>
        <source>No key user</source>
        <translation>Sin usuario clave</translation>
    </message>
    <message>
        <source>No active contract</source>
        <translation>Sin contrato vigente</translation>
    </message>
    <message>
        <source>Hours left: %1</source>
        <translation>Horas disponibles: %1</translation>
    </message>
    <message>
        <source>Open tickets: %1</source>
        <translation>Tickets abiertos: %1</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas tipo</translation>
    </message>
    <message>
        <source>Filter by title or text</source>
        <translation>Filtrar por título o texto</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter insert · Esc close</source>
        <translation>↑ ↓ elegir · Enter insertar · Esc cerrar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No canned response matches “%1”.</source>
        <translation>Ninguna respuesta tipo coincide con “%1”.</translation>
    </message>
    <message>
        <source>There are no canned responses yet. They arrive with the sync.</source>
        <translation>Todavía no hay respuestas tipo. Llegan con la sincronización.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close ticket #%1</source>
        <translation>Cerrar ticket #%1</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Cerrar ticket</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of the standard process missing: this ticket will not count as following the process.</source>
        <translation>
            <numerusform>Falta %n paso del proceso estándar: este ticket no contará con apego al proceso.</numerusform>
            <numerusform>Faltan %n pasos del proceso estándar: este ticket no contará con apego al proceso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Every step of the standard process is done.</source>
        <translation>Todos los pasos del proceso estándar están completos.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Only the responsible (%1) can close this ticket. Take it first, or ask your service leader.</source>
        <translation>Solo el responsable (%1) puede cerrar este ticket. Tómelo primero o pídaselo a su líder de servicio.</translation>
    </message>
    <message>
        <source>You are not the responsible (%1): say why you close it.</source>
        <translation>Usted no es el responsable (%1): indique por qué lo cierra.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Reason (saved as an internal note)</source>
        <translation>Motivo (se guarda como nota interna)</translation>
    </message>
</context>
<context>
    <name>ColumnFilters</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtrado por %1</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Mostrar solo: %1</translation>
    </message>
    <message>
        <source>Show all (no filter on %1)</source>
        <translation>Mostrar todo (sin filtro en %1)</translation>
    </message>
    <message>
        <source>Clear all column filters</source>
        <translation>Quitar todos los filtros de columna</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Key user&apos;s confirmation on ticket #%1</source>
        <translation>Confirmación del usuario líder en el ticket #%1</translation>
    </message>
    <message>
        <source>Record confirmation</source>
        <translation>Registrar confirmación</translation>
    </message>
    <message>
        <source>The company has no key user or backup user designated: record who confirmed.</source>
        <translation>La empresa no tiene usuario líder ni de apoyo designado: registre quién confirmó.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmado por</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Work may go on up to</source>
        <translation>El trabajo puede continuar hasta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Less than the %1 already logged: the ticket will still await a confirmation.</source>
        <translation>Menos que las %1 ya registradas: el ticket seguirá en espera de confirmación.</translation>
    </message>
    <message>
        <source>Time logged so far: %1.</source>
        <translation>Tiempo registrado hasta ahora: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>You and someone on the server changed the same field. The server&apos;s value is shown in the desk now; your value is kept here.</source>
        <translation>Usted y alguien en el servidor cambiaron el mismo campo. Ahora se muestra el valor del servidor; su valor se conserva aquí.</translation>
    </message>
    <message>
        <source>No conflicts: your changes and the server&apos;s agree.</source>
        <translation>No hay conflictos: sus cambios y los del servidor coinciden.</translation>
    </message>
    <message>
        <source>&amp;Re-apply mine</source>
        <translation>&amp;Volver a aplicar el mío</translation>
    </message>
    <message>
        <source>Write your value again; it is sent to the server on the next sync</source>
        <translation>Escribir de nuevo su valor; se envía al servidor en la próxima sincronización</translation>
    </message>
    <message>
        <source>&amp;Keep server value</source>
        <translation>&amp;Conservar el valor del servidor</translation>
    </message>
    <message>
        <source>The conflicts could not be updated: %1</source>
        <translation>No se pudieron actualizar los conflictos: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Server value</source>
        <translation>Valor del servidor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the central helpdesk</source>
        <translation>Conectar con la mesa de ayuda central</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (TLS)</source>
        <translation>Verificar el certificado del servidor (TLS)</translation>
    </message>
    <message>
        <source>Without verification, anyone on the network path could read your password and tickets. Turn it off only for a test server you trust.</source>
        <translation>Sin verificación, cualquiera en la ruta de red podría leer su contraseña y sus tickets. Desactívela solo para un servidor de pruebas de confianza.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Saved — leave empty to keep it</source>
        <translation>Guardado: déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Enter the helpdesk&apos;s address.</source>
        <translation>Escriba la dirección de la mesa de ayuda.</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// (or http://), without a user name or ?query, for example https://helpdesk.example.com.</source>
        <translation>Escriba una dirección completa que empiece con https:// (o http://), sin nombre de usuario ni ?consulta, por ejemplo https://helpdesk.example.com.</translation>
    </message>
    <message>
        <source>Enter your user name on the helpdesk.</source>
        <translation>Escriba su nombre de usuario en la mesa de ayuda.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Un nombre de usuario no lleva espacios.</translation>
    </message>
    <message>
        <source>Enter your auth token.</source>
        <translation>Escriba su token de autenticación.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 as %3.</source>
        <translation>Conectado a %1 en %2 como %3.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <source>Saved. The server cannot be reached right now; sync will try again when it can.</source>
        <translation>Guardado. No se puede contactar al servidor en este momento; la sincronización lo intentará de nuevo cuando pueda.</translation>
    </message>
    <message>
        <source>No usable system keyring was found, so the secret is kept for this session only: you will be asked again after a restart.</source>
        <translation>No se encontró un llavero del sistema utilizable, así que el secreto se conserva solo durante esta sesión: se le volverá a pedir después de reiniciar.</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compradas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>Over balance</source>
        <translation>Sobre el saldo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>No replies or notes yet.</source>
        <translation>Aún no hay respuestas ni notas.</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>(%1 more characters not shown)</source>
        <translation>(no se muestran %1 caracteres más)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsBox</name>
    <message>
        <source>Kept from another ticket type</source>
        <translation>Conservado de otro tipo de ticket</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Diamond partner</source>
        <translation>Socio Diamante</translation>
    </message>
    <message>
        <source>Platinum partner</source>
        <translation>Socio Platino</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Ticket creado</translation>
    </message>
    <message>
        <source>Ticket updated</source>
        <translation>Ticket actualizado</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>Devolución programada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Open a ticket or answer a call to see its customer.</source>
        <translation>Abra un ticket o conteste una llamada para ver a su cliente.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Quién llamó</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Past tickets</source>
        <translation>Tickets anteriores</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Open the customer&apos;s ticket</source>
        <translation>Abrir el ticket del cliente</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>Consulta 360</translation>
    </message>
    <message>
        <source>This ticket is not visible to you.</source>
        <translation>Usted no tiene visibilidad sobre este ticket.</translation>
    </message>
    <message>
        <source>This ticket has no requester.</source>
        <translation>Este ticket no tiene solicitante.</translation>
    </message>
    <message>
        <source>This person is no longer in the workspace.</source>
        <translation>Esta persona ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Key user</source>
        <translation>Usuario líder</translation>
    </message>
    <message>
        <source>Backup user</source>
        <translation>Usuario de apoyo</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <source>Key user: %1</source>
        <translation>Usuario líder: %1</translation>
    </message>
    <message>
        <source>Backup user: %1</source>
        <translation>Usuario de apoyo: %1</translation>
    </message>
    <message>
        <source>Open tickets (%1)</source>
        <translation>Tickets abiertos (%1)</translation>
    </message>
    <message>
        <source>Past tickets (%1)</source>
        <translation>Tickets anteriores (%1)</translation>
    </message>
    <message>
        <source>Recent calls (%1)</source>
        <translation>Llamadas recientes (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not designated</source>
        <translation>sin designar</translation>
    </message>
    <message>
        <source>Contract hours</source>
        <translation>Bolsa de horas</translation>
    </message>
    <message>
        <source>No contract active today: work is billed at the flat hourly rate.</source>
        <translation>Sin contrato vigente hoy: el trabajo se cobra con la tarifa fija por hora.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>Usado: %1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>overdrawn by %1</source>
        <translation>excedido en %1</translation>
    </message>
    <message>
        <source>Balance exhausted: work beyond it is billed at the flat hourly rate.</source>
        <translation>Saldo agotado: el trabajo adicional se factura a la tarifa por hora estándar.</translation>
    </message>
    <message>
        <source>Low balance: %1 left of the period&apos;s %2.</source>
        <translation>Saldo bajo: quedan %1 de las %2 del periodo.</translation>
    </message>
    <message>
        <source>Terms of attention accepted on %1</source>
        <translation>Términos de atención aceptados el %1</translation>
    </message>
    <message>
        <source>Terms of attention not recorded yet</source>
        <translation>Términos de atención aún sin registrar</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <source>#%1 · opened %2 · updated %3</source>
        <translation>#%1 · abierto %2 · actualizado %3</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>cerrado por %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <source>Criticality: %1</source>
        <translation>Criticidad: %1</translation>
    </message>
    <message>
        <source>Merged into #%1 “%2”. Its conversation continues there.</source>
        <translation>Fusionado en #%1 “%2”. La conversación continúa ahí.</translation>
    </message>
    <message>
        <source>Merged into this ticket: %1</source>
        <translation>Tickets fusionados en este: %1</translation>
    </message>
    <message>
        <source>Open #%1</source>
        <translation>Abrir #%1</translation>
    </message>
</context>
<context>
    <name>DetailLabels</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject kind</source>
        <translation>Tipo de asunto</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <source>Merged ticket</source>
        <translation>Ticket fusionado</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation>Motivo del escalamiento</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>PQRS</source>
        <translation>PQRS</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Kind of time</source>
        <translation>Tipo de tiempo</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Estimate (minutes)</source>
        <translation>Estimación (minutos)</translation>
    </message>
    <message>
        <source>Terms accepted by</source>
        <translation>Términos aceptados por</translation>
    </message>
    <message>
        <source>Terms accepted how</source>
        <translation>Medio de aceptación de los términos</translation>
    </message>
    <message>
        <source>Terms of attention</source>
        <translation>Términos de atención</translation>
    </message>
    <message>
        <source>Key user&apos;s confirmation</source>
        <translation>Confirmación del usuario líder</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Cronómetro</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Requested by (date)</source>
        <translation>Requerido para (fecha)</translation>
    </message>
    <message>
        <source>Report name</source>
        <translation>Nombre del reporte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>At least one tag</source>
        <translation>Al menos una etiqueta</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Tiempo registrado</translation>
    </message>
    <message>
        <source>Went through In progress</source>
        <translation>Pasó por En proceso</translation>
    </message>
    <message>
        <source>Closed by the responsible</source>
        <translation>Cerrado por el responsable</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch ticket #%1</source>
        <translation>Despachar ticket #%1</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Despachar</translation>
    </message>
    <message>
        <source>Optional: what the new responsible should know</source>
        <translation>Opcional: lo que debe saber el nuevo responsable</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Pasar a</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Call, ticket or answer</source>
        <translation>Llamada, ticket o respuesta</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Por qué no</translation>
    </message>
    <message>
        <source>No ticket linked</source>
        <translation>Sin ticket vinculado</translation>
    </message>
    <message>
        <source>Double-click to open ticket #%1</source>
        <translation>Doble clic para abrir el ticket #%1</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate ticket #%1</source>
        <translation>Escalar ticket #%1</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>From %1 to %2. The ticket goes to that level&apos;s queue, unassigned.</source>
        <translation>De %1 a %2. El ticket pasa a la cola de ese nivel, sin asignar.</translation>
    </message>
    <message>
        <source>Why does it need the next level?</source>
        <translation>¿Por qué necesita el siguiente nivel?</translation>
    </message>
    <message>
        <source>Reason (saved as an internal note)</source>
        <translation>Motivo (se guarda como nota interna)</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>First sync</source>
        <translation>Primera sincronización</translation>
    </message>
    <message>
        <source>Downloading the helpdesk&apos;s tickets and articles for the first time. You can keep working meanwhile.</source>
        <translation>Descargando por primera vez los tickets y artículos de la mesa de ayuda. Mientras tanto puede seguir trabajando.</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Cancelling after the current page…</source>
        <translation>Cancelando después de la página actual…</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept; the next sync continues from there.</source>
        <translation>Cancelada. Lo descargado se conserva; la próxima sincronización continúa desde ahí.</translation>
    </message>
    <message>
        <source>The first sync stopped: %1</source>
        <translation>La primera sincronización se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up on ticket #%1</source>
        <translation>Seguimiento del ticket #%1</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Agregar seguimiento</translation>
    </message>
    <message>
        <source>e.g. call the customer to confirm</source>
        <translation>p. ej., llamar al cliente para confirmar</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Recordarme el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>FollowUpsList</name>
    <message>
        <source>Remind at</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Agregar seguimiento…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HistoryTree</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 h</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Sin contrato</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Tarifa estándar</translation>
    </message>
    <message>
        <source>(a ticket you may not see)</source>
        <translation>(un ticket que usted no puede ver)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Renews %1 (ended %2)</source>
        <translation>Renueva %1 (terminó el %2)</translation>
    </message>
    <message>
        <source>Renewed by %1 (from %2)</source>
        <translation>Renovado por %1 (desde el %2)</translation>
    </message>
</context>
<context>
    <name>HoursDesk</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the hours report</source>
        <translation>Guardar el informe de horas</translation>
    </message>
    <message>
        <source>Hours report saved to %1</source>
        <translation>Informe de horas guardado en %1</translation>
    </message>
</context>
<context>
    <name>HoursPdf</name>
    <message>
        <source>Hours report</source>
        <translation>Informe de horas</translation>
    </message>
    <message>
        <source>All companies you may see</source>
        <translation>Todas las empresas que usted puede ver</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Empresa: %1</translation>
    </message>
    <message>
        <source>Flat rate: not set (amounts out of contract are unknown)</source>
        <translation>Tarifa estándar: sin definir (se desconocen los importes fuera de contrato)</translation>
    </message>
    <message>
        <source>Flat rate: %1 an hour</source>
        <translation>Tarifa estándar: %1 por hora</translation>
    </message>
    <message>
        <source>Period %1 (%2)</source>
        <translation>Periodo %1 (%2)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>No contract in this period: consumption is at the flat rate.</source>
        <translation>Sin contrato en este periodo: el consumo se cobra a la tarifa estándar.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contract period</source>
        <translation>Periodo del contrato</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compradas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Excedidas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>No time logged in this period.</source>
        <translation>No hay tiempo registrado en este periodo.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Charged to</source>
        <translation>Cargado a</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Contract %1 (%2) · flat rate %3 (%4) · warranty %5 · undecided %6</source>
        <translation>Contrato %1 (%2) · tarifa estándar %3 (%4) · garantía %5 · sin decidir %6</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Tarifa estándar</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>Importe de contrato</translation>
    </message>
    <message>
        <source>Flat amount</source>
        <translation>Importe a tarifa estándar</translation>
    </message>
    <message>
        <source>Hours report %1 %2</source>
        <translation>Informe de horas %1 %2</translation>
    </message>
    <message>
        <source>Partner Desk hours report</source>
        <translation>Informe de horas de Partner Desk</translation>
    </message>
    <message>
        <source>No company has a contract or time logged in this period.</source>
        <translation>Ninguna empresa tiene contrato ni tiempo registrado en este periodo.</translation>
    </message>
</context>
<context>
    <name>HoursView</name>
    <message>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Total %1: contract %2 (%3) · flat rate %4 (%5) · warranty %6 · undecided %7 · %8</source>
        <translation>Total %1: contrato %2 (%3) · tarifa estándar %4 (%5) · garantía %6 · sin decidir %7 · %8</translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>importe %1</translation>
    </message>
    <message>
        <source>No flat rate is set: amounts out of contract are unknown (—).</source>
        <translation>No hay tarifa estándar definida: se desconocen los importes fuera de contrato (—).</translation>
    </message>
    <message>
        <source>Flat rate %1 an hour</source>
        <translation>Tarifa estándar: %1 por hora</translation>
    </message>
    <message>
        <source>No time logged in this period.</source>
        <translation>No hay tiempo registrado en este periodo.</translation>
    </message>
    <message>
        <source>Could not load the hours: %1</source>
        <translation>No se pudieron cargar las horas: %1</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>Number to call</source>
        <translation>Número a marcar</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Recent numbers</source>
        <translation>Números recientes</translation>
    </message>
</context>
<context>
    <name>KbCategoryModel</name>
    <message>
        <source>All articles</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message numerus="yes">
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
        <source>Search the knowledge base: words in the title, summary or text</source>
        <translation>Buscar en la base de conocimiento: palabras del título, resumen o texto</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Frequently asked questions only</source>
        <translation>Solo preguntas frecuentes</translation>
    </message>
    <message>
        <source>Copy to reply</source>
        <translation>Copiar a la respuesta</translation>
    </message>
    <message>
        <source>Insert the article into the reply (Ctrl+Shift+Enter)</source>
        <translation>Insertar el artículo en la respuesta (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>First %1 articles</source>
        <translation>Primeros %1 artículos</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>Ningún artículo coincide con “%1”.</translation>
    </message>
    <message>
        <source>No frequently asked questions here.</source>
        <translation>No hay preguntas frecuentes aquí.</translation>
    </message>
    <message>
        <source>This folder has no articles.</source>
        <translation>Esta carpeta no tiene artículos.</translation>
    </message>
    <message>
        <source>The knowledge base is empty.

Articles arrive with the first sync, or try the demo: desk-app --demo</source>
        <translation>La base de conocimiento está vacía.

Los artículos llegan con la primera sincronización; también puede probar la demostración: desk-app --demo</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Resolución en el primer contacto</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Process adherence</source>
        <translation>Apego al proceso</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Apego</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin meta</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <source>too few to tell (n=%1)</source>
        <translation>muy pocos casos para saberlo (n=%1)</translation>
    </message>
    <message>
        <source>%1 answer(s)</source>
        <translation>%1 respuesta(s)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Semana %1, %2</translation>
    </message>
</context>
<context>
    <name>KpiDrill</name>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promotor</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>pasivo</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>detractor</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>no satisfecho</translation>
    </message>
    <message>
        <source>not easy</source>
        <translation>no fue fácil</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>sin asunto</translation>
    </message>
    <message>
        <source>no requester</source>
        <translation>sin solicitante</translation>
    </message>
    <message>
        <source>no responsible</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>no priority</source>
        <translation>sin prioridad</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>sin descripción</translation>
    </message>
    <message>
        <source>no time logged</source>
        <translation>sin tiempo registrado</translation>
    </message>
    <message>
        <source>never in progress</source>
        <translation>nunca estuvo en proceso</translation>
    </message>
    <message>
        <source>not closed by the responsible</source>
        <translation>no lo cerró el responsable</translation>
    </message>
    <message>
        <source>missed (%1)</source>
        <translation>perdida (%1)</translation>
    </message>
    <message>
        <source>%1 promoters, %2 passives and %3 detractors of %4 answers</source>
        <translation>%1 promotores, %2 pasivos y %3 detractores de %4 respuestas</translation>
    </message>
    <message>
        <source>%1 of %2 calls answered</source>
        <translation>%1 de %2 llamadas atendidas</translation>
    </message>
    <message>
        <source>%1 of %2 answered calls resolved at the first contact</source>
        <translation>%1 de %2 llamadas atendidas resueltas en el primer contacto</translation>
    </message>
    <message>
        <source>%1 of %2 answers satisfied (4–5 of 5)</source>
        <translation>%1 de %2 respuestas satisfechas (4–5 de 5)</translation>
    </message>
    <message>
        <source>%1 of %2 answers easy (5–7 of 7)</source>
        <translation>%1 de %2 respuestas fáciles (5–7 de 7)</translation>
    </message>
    <message>
        <source>%1 of %2 closed tickets followed the process</source>
        <translation>%1 de %2 tickets cerrados siguieron el proceso</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>KpiDrillDialog</name>
    <message>
        <source>Behind the number</source>
        <translation>Detrás de la cifra</translation>
    </message>
</context>
<context>
    <name>KpiDrillPanel</name>
    <message>
        <source>Only those that do not count</source>
        <translation>Solo los que no cuentan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The rows could not be loaded: %1</source>
        <translation>No se pudieron cargar las filas: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>KpiPdf</name>
    <message>
        <source>Too few to tell (n=%1)</source>
        <translation>Muy pocos casos (n=%1)</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Cumple la meta</translation>
    </message>
    <message>
        <source>Just below the target</source>
        <translation>Apenas bajo la meta</translation>
    </message>
    <message>
        <source>Below the target</source>
        <translation>Bajo la meta</translation>
    </message>
    <message>
        <source>No target in this phase</source>
        <translation>Sin meta en esta fase</translation>
    </message>
    <message>
        <source>— (n=%1)</source>
        <translation>— (n=%1)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Whole desk</source>
        <translation>Toda la mesa</translation>
    </message>
    <message>
        <source>first year</source>
        <translation>primer año</translation>
    </message>
    <message>
        <source>after the first year</source>
        <translation>después del primer año</translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation>Informe de KPI</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Period %1 (%2 – %3)</source>
        <translation>Periodo %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Metas: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Dotación</translation>
    </message>
    <message>
        <source>Advisors: %1 · needed %2 for %3 network partners (1 per 30)</source>
        <translation>Asesores: %1 · se necesitan %2 para %3 socios de la red (1 por 30)</translation>
    </message>
    <message>
        <source>Leaders: %1 · needed %2 for %3 advisors (1 per 10)</source>
        <translation>Líderes: %1 · se necesitan %2 para %3 asesores (1 por 10)</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>suficiente</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>Asesores</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>KPI report %1 %2</source>
        <translation>Informe de KPI %1 %2</translation>
    </message>
    <message>
        <source>Partner Desk KPI report</source>
        <translation>Informe de KPI de Partner Desk</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>A trend needs a period of more than one day.</source>
        <translation>Una tendencia requiere un periodo de más de un día.</translation>
    </message>
    <message>
        <source>Too few to tell</source>
        <translation>Muy pocos casos</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>KpiPeriodBar</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Periodo siguiente</translation>
    </message>
    <message>
        <source>Any day of the period</source>
        <translation>Cualquier día del periodo</translation>
    </message>
    <message>
        <source>A custom period is at most two years long.</source>
        <translation>Un periodo personalizado dura como máximo dos años.</translation>
    </message>
</context>
<context>
    <name>KpiStaffing</name>
    <message>
        <source>%1 advisor(s) for %2 partners (1 per 30: %3 needed)</source>
        <translation>%1 asesor(es) para %2 socios (1 por 30: se necesitan %3)</translation>
    </message>
    <message>
        <source>%1 leader(s) for %2 advisors (1 per 10: %3 needed)</source>
        <translation>%1 líder(es) para %2 asesores (1 por 10: se necesitan %3)</translation>
    </message>
    <message>
        <source>Staffing:</source>
        <translation>Dotación:</translation>
    </message>
    <message>
        <source>Targets of the first year</source>
        <translation>Metas del primer año</translation>
    </message>
    <message>
        <source>Targets after the first year</source>
        <translation>Metas después del primer año</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 — click to see the calls or tickets behind it</source>
        <translation>%1 — haga clic para ver las llamadas o tickets detrás de la cifra</translation>
    </message>
</context>
<context>
    <name>KpiTrendChart</name>
    <message>
        <source>All percentages</source>
        <translation>Todos los porcentajes</translation>
    </message>
    <message>
        <source>Click a point to see what it counted</source>
        <translation>Haga clic en un punto para ver qué contó</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Too few cases in every bucket to draw a trend</source>
        <translation>Muy pocos casos en cada tramo para trazar una tendencia</translation>
    </message>
    <message>
        <source>%1 target %2</source>
        <translation>%1 meta %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Could not load the KPIs: %1</source>
        <translation>No se pudieron cargar los KPI: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>channel</comment>
        <translation>Asesoría</translation>
    </message>
    <message>
        <source>Direct ticket</source>
        <translation>Ticket directo</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>Sin bandera</translation>
    </message>
    <message>
        <source>Orange: pending resolution</source>
        <translation>Naranja: pendiente de resolución</translation>
    </message>
    <message>
        <source>Blue: being worked on</source>
        <translation>Azul: en atención</translation>
    </message>
    <message>
        <source>Green: ready for review</source>
        <translation>Verde: listo para revisión y cierre</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Nivel 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Nivel 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Nivel 3</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Calidad del servicio</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Reporte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Petición de información</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>PQRS</comment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Service leader</source>
        <translation>Líder de servicio</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>All</source>
        <comment>view</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>view</comment>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>view</comment>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>view</comment>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>view</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>view</comment>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>En tiempo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>LeaderDesk</name>
    <message>
        <source>Save the KPI report</source>
        <translation>Guardar el informe de KPI</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>KPI report saved to %1</source>
        <translation>Informe de KPI guardado en %1</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Poner en espera</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Notes on the call (saved as you type)</source>
        <translation>Notas de la llamada (se guardan mientras escribe)</translation>
    </message>
</context>
<context>
    <name>LogTimeDialog</name>
    <message>
        <source>Log time on ticket #%1</source>
        <translation>Registrar tiempo en el ticket #%1</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Registrar tiempo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kind of time</source>
        <translation>Tipo de tiempo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Partner Desk</source>
        <translation>Partner Desk</translation>
    </message>
    <message>
        <source>Partner Desk — %1</source>
        <translation>Partner Desk — %1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>Consulta 360</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Ticket list</source>
        <translation>&amp;Lista de tickets</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>Base de &amp;conocimiento</translation>
    </message>
    <message>
        <source>&amp;Customer 360</source>
        <translation>C&amp;onsulta 360</translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>&amp;Historial de llamadas</translation>
    </message>
    <message>
        <source>T&amp;eam board</source>
        <translation>Tablero del &amp;equipo</translation>
    </message>
    <message>
        <source>K&amp;PIs</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <source>Contract &amp;hours</source>
        <translation>&amp;Horas de contrato</translation>
    </message>
    <message>
        <source>&amp;Phone panel</source>
        <translation>Panel de &amp;teléfono</translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation>&amp;Buscar tickets</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>ManualTimeDialog</name>
    <message>
        <source>Started at</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Log at least one minute.</source>
        <translation>Registre al menos un minuto.</translation>
    </message>
    <message>
        <source>At most 24 hours in one entry: split longer work into several.</source>
        <translation>Como máximo 24 horas por registro: divida los trabajos más largos en varios.</translation>
    </message>
    <message>
        <source>The start must be in the past.</source>
        <translation>El inicio debe estar en el pasado.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge ticket #%1 into…</source>
        <translation>Fusionar el ticket #%1 en…</translation>
    </message>
    <message>
        <source>#%1 “%2” will be closed as a duplicate of the ticket you choose. Its conversation and time stay on it, linked from the other ticket.</source>
        <translation>#%1 “%2” se cerrará como duplicado del ticket que elija. Su conversación y su tiempo se quedan en él, con un vínculo desde el otro ticket.</translation>
    </message>
    <message>
        <source>Ticket number or words of its subject</source>
        <translation>Número o palabras del asunto</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>NewRequesterForm</name>
    <message>
        <source>New requester</source>
        <translation>Nuevo solicitante</translation>
    </message>
    <message>
        <source>First name and surnames</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Start typing to find it</source>
        <translation>Empiece a escribir para encontrarla</translation>
    </message>
    <message>
        <source>e.g. Systems director, coordinator</source>
        <translation>p. ej., director de sistemas, coordinador</translation>
    </message>
    <message>
        <source>Work and personal, separated by commas</source>
        <translation>Laboral y personal, separados por comas</translation>
    </message>
    <message>
        <source>e.g. 55 1234 5678</source>
        <translation>p. ej., 55 1234 5678</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>“%1” already exists: choose it from the list.</source>
        <translation>“%1” ya existe: elíjala de la lista.</translation>
    </message>
    <message>
        <source>Choose it from the list, or go on typing a new one&apos;s name.</source>
        <translation>Elíjala de la lista o siga escribiendo el nombre de una nueva.</translation>
    </message>
    <message>
        <source>New organization: it is created with the ticket.</source>
        <translation>Organización nueva: se crea junto con el ticket.</translation>
    </message>
    <message>
        <source>Existing organization</source>
        <translation>Organización existente</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>What is it about, in a few words</source>
        <translation>De qué se trata, en pocas palabras</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>From the type</source>
        <translation>Según el tipo</translation>
    </message>
    <message>
        <source>Service, platform, customer… separated by commas</source>
        <translation>Servicio, plataforma, cliente… separados por comas</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Everything needed to attend it, written as the customer would (e.g. a new user: name, surnames, role, level, group, courses).</source>
        <translation>Todo lo necesario para atenderlo, escrito como lo diría el cliente (p. ej., un usuario nuevo: nombre, apellidos, rol, nivel, grupo, cursos).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Crear ticket</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Subject kind</source>
        <translation>Tipo de asunto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (yo)</translation>
    </message>
    <message>
        <source>Could not load the form: %1</source>
        <translation>No se pudo cargar el formulario: %1</translation>
    </message>
    <message>
        <source>default for %1</source>
        <translation>predeterminada para %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>The ticket was not created: %1</source>
        <translation>No se creó el ticket: %1</translation>
    </message>
    <message>
        <source>Choose the ticket type.</source>
        <translation>Elija el tipo de ticket.</translation>
    </message>
</context>
<context>
    <name>PresenceSelector</name>
    <message>
        <source>Your presence, as your leader&apos;s board shows it</source>
        <translation>Su presencia, tal como la ve su líder en el tablero</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre de llamada</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>Since the time of your last presence change</source>
        <translation>Tiempo desde su último cambio de presencia</translation>
    </message>
</context>
<context>
    <name>QueueListModel</name>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1: %n ticket</numerusform>
            <numerusform>%1: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mis tickets</translation>
    </message>
    <message>
        <source>Unassigned · L1</source>
        <translation>Sin asignar · L1</translation>
    </message>
    <message>
        <source>Unassigned · L2</source>
        <translation>Sin asignar · L2</translation>
    </message>
    <message>
        <source>Unassigned · L3</source>
        <translation>Sin asignar · L3</translation>
    </message>
    <message>
        <source>Team&apos;s network</source>
        <translation>Red del equipo</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Mi red</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando cliente</translation>
    </message>
    <message>
        <source>Due soon / breaching</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Todos los tickets</translation>
    </message>
    <message>
        <source>All of the team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation>Todo lo que veo</translation>
    </message>
    <message>
        <source>Tickets assigned to you</source>
        <translation>Tickets asignados a usted</translation>
    </message>
    <message>
        <source>Not done and nobody has taken them yet, at level %1</source>
        <translation>Pendientes que nadie ha tomado aún, en el nivel %1</translation>
    </message>
    <message>
        <source>Tickets from the partners served</source>
        <translation>Tickets de los socios que se atienden</translation>
    </message>
    <message>
        <source>Waiting on the customer: the SLA clock is paused</source>
        <translation>Esperando al cliente: el reloj del SLA está en pausa</translation>
    </message>
    <message numerus="yes">
        <source>Not done, and due within %n hour(s) or already overdue</source>
        <translation>
            <numerusform>Pendientes que vencen en %n hora o menos, o ya vencidos</numerusform>
            <numerusform>Pendientes que vencen en %n horas o menos, o ya vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Every ticket you may see</source>
        <translation>Todos los tickets que usted puede ver</translation>
    </message>
</context>
<context>
    <name>QueueSidebar</name>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
</context>
<context>
    <name>QueueStrip</name>
    <message numerus="yes">
        <source>%n waiting unassigned</source>
        <translation>
            <numerusform>%n en espera sin asignar</numerusform>
            <numerusform>%n en espera sin asignar</numerusform>
        </translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>el más antiguo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open in total</source>
        <translation>
            <numerusform>%n abierto en total</numerusform>
            <numerusform>%n abiertos en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTimers</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unassigned ticket(s); click to open the oldest</source>
        <translation>
            <numerusform>%1: %n ticket sin asignar; haga clic para abrirlo</numerusform>
            <numerusform>%1: %n tickets sin asignar; haga clic para abrir el más antiguo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign a ticket of %1</source>
        <translation>Reasignar un ticket de %1</translation>
    </message>
    <message>
        <source>Optional: what the new responsible should know</source>
        <translation>Opcional: lo que el nuevo responsable debe saber</translation>
    </message>
    <message>
        <source>%1 has no open tickets.</source>
        <translation>%1 no tiene tickets abiertos.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Entregar a</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Ticket (breached and at risk first)</source>
        <translation>Ticket (primero los vencidos y en riesgo)</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>Changes the server refused</source>
        <translation>Cambios rechazados por el servidor</translation>
    </message>
    <message>
        <source>These changes stay on this computer: the server refused them and they are not sent again by themselves. Fix the cause on the server (a permission, a value), then send them again.</source>
        <translation>Estos cambios se quedan en este equipo: el servidor los rechazó y no se vuelven a enviar solos. Corrija la causa en el servidor (un permiso, un valor) y luego envíelos de nuevo.</translation>
    </message>
    <message>
        <source>The server has accepted every change.</source>
        <translation>El servidor aceptó todos los cambios.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Enviar de nuevo</translation>
    </message>
    <message>
        <source>The list could not be updated: %1</source>
        <translation>No se pudo actualizar la lista: %1</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Por qué lo rechazó el servidor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message>
        <source>Reminders: follow-ups and SLA targets</source>
        <translation>Recordatorios: seguimientos y objetivos de SLA</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <source>No reminders yet.</source>
        <translation>Aún no hay recordatorios.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow-up due on #%1: %2</source>
        <translation>Seguimiento pendiente en #%1: %2</translation>
    </message>
    <message>
        <source>#%1 missed its first-response target (%2): %3</source>
        <translation>#%1 incumplió el objetivo de primera respuesta (%2): %3</translation>
    </message>
    <message>
        <source>#%1 missed its resolution target (%2): %3</source>
        <translation>#%1 incumplió el objetivo de resolución (%2): %3</translation>
    </message>
    <message>
        <source>#%1 needs a first response by %2: %3</source>
        <translation>#%1 necesita primera respuesta antes de %2: %3</translation>
    </message>
    <message>
        <source>#%1 must be resolved by %2: %3</source>
        <translation>#%1 debe resolverse antes de %2: %3</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <source>SLA target missed</source>
        <translation>Objetivo de SLA incumplido</translation>
    </message>
    <message>
        <source>SLA target due soon</source>
        <translation>Objetivo de SLA por vencer</translation>
    </message>
    <message>
        <source>%1 reminders</source>
        <translation>%1 recordatorios</translation>
    </message>
    <message>
        <source>%1 and %2 more (see the reminders in the status bar)</source>
        <translation>%1 y %2 más (vea los recordatorios en la barra de estado)</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Public reply</source>
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send reply or note</source>
        <translation>Enviar respuesta o nota</translation>
    </message>
    <message>
        <source>Insert canned response…</source>
        <translation>Insertar respuesta tipo…</translation>
    </message>
    <message>
        <source>Reply to the requester…</source>
        <translation>Respuesta para el solicitante…</translation>
    </message>
    <message>
        <source>The requester will see this reply.</source>
        <translation>El solicitante verá esta respuesta.</translation>
    </message>
    <message>
        <source>Note for the team…</source>
        <translation>Nota para el equipo…</translation>
    </message>
    <message>
        <source>Only the team sees internal notes.</source>
        <translation>Solo el equipo ve las notas internas.</translation>
    </message>
    <message>
        <source>Ctrl+Enter: send</source>
        <translation>Ctrl+Enter: enviar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R: canned response</source>
        <translation>Ctrl+Shift+R: respuesta tipo</translation>
    </message>
</context>
<context>
    <name>RequesterPicker</name>
    <message>
        <source>Search by name, e-mail, phone or company</source>
        <translation>Buscar por nombre, correo, teléfono o empresa</translation>
    </message>
    <message>
        <source>New requester</source>
        <translation>Nuevo solicitante</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>New requester…</source>
        <translation>Nuevo solicitante…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Create a new requester with Ctrl+Shift+N.</source>
        <translation>Nadie coincide con “%1”. Cree un solicitante nuevo con Ctrl+Shift+N.</translation>
    </message>
</context>
<context>
    <name>RequesterResultsModel</name>
    <message>
        <source>key user</source>
        <translation>usuario líder</translation>
    </message>
    <message>
        <source>backup user</source>
        <translation>usuario de apoyo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Waiting unassigned for %1</source>
        <translation>Sin asignar desde hace %1</translation>
    </message>
    <message>
        <source>PQRS %1: legal deadline %2</source>
        <translation>PQRS %1: plazo legal %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>paused while waiting on the customer</source>
        <translation>en pausa mientras se espera al cliente</translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation>Usado: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Clock paused %1 in %n pause(s)</source>
        <translation>
            <numerusform>Reloj en pausa %1 en %n pausa</numerusform>
            <numerusform>Reloj en pausa %1 en %n pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>paused now</source>
        <translation>en pausa ahora</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message numerus="yes">
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
        <source>Choose one of the values in the list.</source>
        <translation>Elija uno de los valores de la lista.</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>Escriba un asunto.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The text is larger than 5 MB.</source>
        <translation>El texto pesa más de 5 MB.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <source>Choose a requester, or create one.</source>
        <translation>Elija un solicitante o cree uno.</translation>
    </message>
    <message>
        <source>This advisor no longer exists.</source>
        <translation>Este asesor ya no existe.</translation>
    </message>
    <message>
        <source>This user does not exist or is inactive.</source>
        <translation>Este usuario no existe o está inactivo.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Este campo no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>This field is changed with its own action.</source>
        <translation>Este campo se cambia con su propia acción.</translation>
    </message>
    <message>
        <source>Unknown status: %1.</source>
        <translation>Estado desconocido: %1.</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <translation>No es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>The due date has already passed.</source>
        <translation>La fecha límite ya pasó.</translation>
    </message>
    <message>
        <source>This category no longer exists.</source>
        <translation>Esta categoría ya no existe.</translation>
    </message>
    <message>
        <source>This subcategory no longer exists.</source>
        <translation>Esta subcategoría ya no existe.</translation>
    </message>
    <message>
        <source>The subcategory does not belong to the category.</source>
        <translation>La subcategoría no pertenece a la categoría.</translation>
    </message>
    <message>
        <source>Expected a list of tags.</source>
        <translation>Se esperaba una lista de etiquetas.</translation>
    </message>
    <message>
        <source>A tag has at most %1 characters.</source>
        <translation>Cada etiqueta admite máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>At most %1 tags.</source>
        <translation>Máximo %1 etiquetas.</translation>
    </message>
    <message>
        <source>Expected field values by name.</source>
        <translation>Se esperaban valores de campo por nombre.</translation>
    </message>
    <message>
        <source>This field does not belong to the ticket&apos;s type.</source>
        <translation>Este campo no corresponde al tipo de ticket.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Se esperaba texto.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>No es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Demasiado largo.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Elija uno de estos: %1.</translation>
    </message>
    <message>
        <source>Between 1 minute and 24 hours.</source>
        <translation>Entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <source>Ticket #%1 does not exist or you cannot see it.</source>
        <translation>El ticket #%1 no existe o usted no tiene visibilidad sobre él.</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>Elija una hora futura.</translation>
    </message>
    <message>
        <source>Already done.</source>
        <translation>Ya está hecho.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Este seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>Choose an active advisor.</source>
        <translation>Elija un asesor activo.</translation>
    </message>
    <message>
        <source>To assign it to yourself, use Take.</source>
        <translation>Para asignárselo a usted, use Tomar.</translation>
    </message>
    <message>
        <source>Already the responsible.</source>
        <translation>Ya es el responsable.</translation>
    </message>
    <message>
        <source>Already at the highest level.</source>
        <translation>Ya está en el nivel más alto.</translation>
    </message>
    <message>
        <source>Give a reason for the escalation.</source>
        <translation>Indique el motivo del escalamiento.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Un ticket no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>No visible ticket has that number.</source>
        <translation>No hay ningún ticket visible con ese número.</translation>
    </message>
    <message>
        <source>That ticket was merged into another one.</source>
        <translation>Ese ticket se fusionó en otro.</translation>
    </message>
    <message>
        <source>That ticket is closed.</source>
        <translation>Ese ticket está cerrado.</translation>
    </message>
    <message>
        <source>Not a closing status.</source>
        <translation>No es un estado de cierre.</translation>
    </message>
    <message>
        <source>Only the responsible can close this ticket.</source>
        <translation>Solo el responsable puede cerrar este ticket.</translation>
    </message>
    <message>
        <source>Say why you are closing a ticket that is not yours.</source>
        <translation>Indique por qué cierra un ticket que no es suyo.</translation>
    </message>
    <message>
        <source>A merged ticket stays closed.</source>
        <translation>Un ticket fusionado permanece cerrado.</translation>
    </message>
    <message>
        <source>This ticket was merged into another one.</source>
        <translation>Este ticket se fusionó en otro.</translation>
    </message>
    <message>
        <source>The ticket is closed: reopen it first.</source>
        <translation>El ticket está cerrado: reábralo primero.</translation>
    </message>
    <message>
        <source>Write the person&apos;s full name.</source>
        <translation>Escriba el nombre completo de la persona.</translation>
    </message>
    <message>
        <source>%1 is already registered in this organization.</source>
        <translation>%1 ya está registrado en esta organización.</translation>
    </message>
    <message>
        <source>%1 already has the address %2.</source>
        <translation>%1 ya tiene la dirección %2.</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>No es una dirección de correo: %1</translation>
    </message>
    <message>
        <source>At most %1 addresses.</source>
        <translation>Máximo %1 direcciones.</translation>
    </message>
    <message>
        <source>Not a valid phone number in %1. Numbers from elsewhere start with +.</source>
        <translation>No es un número de teléfono válido en %1. Los de otros países empiezan con +.</translation>
    </message>
    <message>
        <source>Write the organization&apos;s name.</source>
        <translation>Escriba el nombre de la organización.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose it instead.</source>
        <translation>“%1” ya existe: elíjala en lugar de crearla.</translation>
    </message>
    <message>
        <source>This organization no longer exists.</source>
        <translation>Esta organización ya no existe.</translation>
    </message>
    <message>
        <source>Choose an organization, or type a new one.</source>
        <translation>Elija una organización o escriba una nueva.</translation>
    </message>
    <message>
        <source>Unknown country code: %1.</source>
        <translation>Código de país desconocido: %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1, or none.</source>
        <translation>Elija uno de estos: %1, o ninguno.</translation>
    </message>
    <message>
        <source>The customer has not accepted the terms of attention.</source>
        <translation>El cliente no ha aceptado los términos de atención.</translation>
    </message>
    <message>
        <source>It overlaps time you already logged.</source>
        <translation>Se superpone con tiempo que usted ya registró.</translation>
    </message>
    <message>
        <source>Shorter than a minute: nothing was logged.</source>
        <translation>Menos de un minuto: no se registró nada.</translation>
    </message>
    <message>
        <source>A timer is already running on ticket %1: stop it first.</source>
        <translation>Ya tiene un cronómetro en el ticket %1: deténgalo primero.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No hay ningún cronómetro en marcha.</translation>
    </message>
    <message>
        <source>The timer ran more than 24 hours: discard it and log the time by hand.</source>
        <translation>El cronómetro corrió más de 24 horas: descártelo y registre el tiempo a mano.</translation>
    </message>
    <message>
        <source>The start must be a past date and time.</source>
        <translation>El inicio debe ser una fecha y hora pasada.</translation>
    </message>
    <message>
        <source>The duration must be at least one minute.</source>
        <translation>La duración debe ser de al menos un minuto.</translation>
    </message>
    <message>
        <source>At most 24 hours in one entry.</source>
        <translation>Como máximo 24 horas por registro.</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes.</source>
        <translation>La duración debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <source>The estimate must be at least one minute.</source>
        <translation>La estimación debe ser de al menos un minuto.</translation>
    </message>
    <message>
        <source>Confirm at least one minute.</source>
        <translation>Confirme al menos un minuto.</translation>
    </message>
    <message>
        <source>At most 1000 hours.</source>
        <translation>Como máximo 1000 horas.</translation>
    </message>
    <message>
        <source>Choose a person at the customer.</source>
        <translation>Elija a una persona del cliente.</translation>
    </message>
    <message>
        <source>This person is not at the ticket&apos;s customer.</source>
        <translation>Esta persona no pertenece al cliente del ticket.</translation>
    </message>
    <message>
        <source>This contract is not renewable.</source>
        <translation>Este contrato no es renovable.</translation>
    </message>
    <message>
        <source>This contract was already renewed.</source>
        <translation>Este contrato ya fue renovado.</translation>
    </message>
    <message>
        <source>Only a leader or an admin sets the flat rate.</source>
        <translation>Solo un líder o un administrador fija la tarifa estándar.</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message>
        <source>This computer has no network connection.</source>
        <translation>Este equipo no tiene conexión de red.</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexión…</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>Cambios &amp;rechazados…</translation>
    </message>
    <message>
        <source>Syncing with the helpdesk…</source>
        <translation>Sincronizando con la mesa de ayuda…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>This address does not lead to a helpdesk. Check the URL, for example https://helpdesk.example.com.</source>
        <translation>Esta dirección no lleva a una mesa de ayuda. Revise la URL, por ejemplo https://helpdesk.example.com.</translation>
    </message>
    <message>
        <source>No helpdesk API was found at this address. Check the URL.</source>
        <translation>No se encontró la API de la mesa de ayuda en esta dirección. Revise la URL.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy, or the network is slow; sync will try again.</source>
        <translation>El servidor no respondió a tiempo. Puede estar ocupado o la red está lenta; la sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach the server: you are offline, or the address or port is wrong. Your changes are kept and sync will try again.</source>
        <translation>No se puede contactar al servidor: no hay conexión, o la dirección o el puerto son incorrectos. Sus cambios se conservan y la sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>The server rejected this token (401). Check that it is current.</source>
        <translation>El servidor rechazó este token (401). Verifique que esté vigente.</translation>
    </message>
    <message>
        <source>Wrong user name or password (401).</source>
        <translation>Nombre de usuario o contraseña incorrectos (401).</translation>
    </message>
    <message>
        <source>This account may not use the helpdesk&apos;s REST API (403). Ask the helpdesk administrator for access.</source>
        <translation>Esta cuenta no tiene permiso para usar la API REST de la mesa de ayuda (403). Solicite acceso al administrador de la mesa de ayuda.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the address, or have the certificate fixed; turn verification off only for a test server you trust.</source>
        <translation>No se pudo verificar el certificado del servidor. Revise la dirección o pida que corrijan el certificado; desactive la verificación solo para un servidor de pruebas de confianza.</translation>
    </message>
    <message>
        <source>No password or token is stored for this account (without a keyring it is kept for one session only). Enter it again under Sync → Connection….</source>
        <translation>No hay contraseña ni token guardados para esta cuenta (sin llavero del sistema se conservan solo durante una sesión). Escríbalos de nuevo en Sincronización → Conexión….</translation>
    </message>
    <message>
        <source>Sync is not set up: connect to the central helpdesk under Sync → Connection….</source>
        <translation>La sincronización no está configurada: conéctese a la mesa de ayuda central en Sincronización → Conexión….</translation>
    </message>
    <message>
        <source>The server answered with an error:</source>
        <translation>El servidor respondió con un error:</translation>
    </message>
    <message>
        <source>The helpdesk could not be used:</source>
        <translation>No se pudo usar la mesa de ayuda:</translation>
    </message>
    <message>
        <source>Sync failed unexpectedly:</source>
        <translation>La sincronización falló de forma inesperada:</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>Sending your changes…</source>
        <translation>Enviando sus cambios…</translation>
    </message>
    <message>
        <source>Downloading tickets…</source>
        <translation>Descargando tickets…</translation>
    </message>
    <message>
        <source>Downloading articles…</source>
        <translation>Descargando artículos…</translation>
    </message>
    <message>
        <source>Downloading users and queues…</source>
        <translation>Descargando usuarios y colas…</translation>
    </message>
    <message>
        <source>Downloading calls and surveys…</source>
        <translation>Descargando llamadas y encuestas…</translation>
    </message>
    <message>
        <source>Downloading contracts…</source>
        <translation>Descargando contratos…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>SyncRefused</name>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Ticket change</source>
        <translation>Cambio en ticket</translation>
    </message>
    <message>
        <source>Ticket merge</source>
        <translation>Fusión de tickets</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Respuesta o nota</translation>
    </message>
    <message>
        <source>Time entry</source>
        <translation>Registro de tiempo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Hour confirmation</source>
        <translation>Confirmación de horas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>%1 pending changes</source>
        <translation>%1 cambios pendientes</translation>
    </message>
    <message>
        <source>%1 changes refused</source>
        <translation>%1 cambios rechazados</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflictos</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <source>1 change refused</source>
        <translation>1 cambio rechazado</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Show the conflicts between your changes and the server&apos;s</source>
        <translation>Mostrar los conflictos entre sus cambios y los del servidor</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Not connected to a central helpdesk: everything stays on this computer. Connect to sync your tickets.</source>
        <translation>Sin conexión a una mesa de ayuda central: todo se queda en este equipo. Conéctese para sincronizar sus tickets.</translation>
    </message>
    <message>
        <source>Changes made here that the server has not received yet</source>
        <translation>Cambios hechos aquí que el servidor aún no ha recibido</translation>
    </message>
    <message>
        <source>The server refused these changes for good, so they are not sent again.</source>
        <translation>El servidor rechazó estos cambios de forma definitiva, así que no se vuelven a enviar.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Not connected —</source>
        <translation>Sin conexión —</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>tag, another tag</source>
        <translation>etiqueta, otra etiqueta</translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Llamada en curso</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Espera más larga</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre de llamada</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Timbrando</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>En espera %1</translation>
    </message>
    <message>
        <source>Double-click to see %1&apos;s tickets</source>
        <translation>Doble clic para ver los tickets de %1</translation>
    </message>
    <message>
        <source>Waiting longest, leaving out those waiting on the customer</source>
        <translation>El que más espera, sin contar los que esperan al cliente</translation>
    </message>
    <message>
        <source>Open tickets with 75 % or more of their SLA time used</source>
        <translation>Tickets abiertos que han usado el 75 % o más de su tiempo de SLA</translation>
    </message>
    <message>
        <source>Open tickets past an SLA due time</source>
        <translation>Tickets abiertos que pasaron un vencimiento de SLA</translation>
    </message>
</context>
<context>
    <name>TeamBoardView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reasignar…</translation>
    </message>
    <message>
        <source>Hand one of the selected advisor&apos;s tickets to another advisor</source>
        <translation>Entregar uno de los tickets del asesor seleccionado a otro asesor</translation>
    </message>
    <message>
        <source>Team board · %1</source>
        <translation>Tablero del equipo · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n advisor(s), updated at %1</source>
        <translation>
            <numerusform>%n asesor, actualizado a las %1</numerusform>
            <numerusform>%n asesores, actualizado a las %1</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 was not reassigned: %2</source>
        <translation>No se reasignó el #%1: %2</translation>
    </message>
    <message>
        <source>Open oldest waiting ticket #%1</source>
        <translation>Abrir el ticket que más espera, #%1</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Terms of attention on ticket #%1</source>
        <translation>Términos de atención en el ticket #%1</translation>
    </message>
    <message>
        <source>Record acceptance</source>
        <translation>Registrar aceptación</translation>
    </message>
    <message>
        <source>The customer read and accepted the terms of attention: work on the ticket may go on past Open.</source>
        <translation>El cliente leyó y aceptó los términos de atención: el ticket puede avanzar más allá de Abierto.</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Medio</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Select a ticket to see its details.</source>
        <translation>Seleccione un ticket para ver su detalle.</translation>
    </message>
    <message>
        <source>Ctrl+F: search · ↑ ↓: move through the list · F5: refresh</source>
        <translation>Ctrl+F: buscar · ↑ ↓: recorrer la lista · F5: actualizar</translation>
    </message>
    <message>
        <source>Ticket #%1 is no longer in your tickets: it is now with another level or advisor.</source>
        <translation>El ticket #%1 ya no está entre sus tickets: ahora lo tiene otro nivel u otro asesor.</translation>
    </message>
    <message>
        <source>This ticket is not visible to you.</source>
        <translation>Usted no tiene visibilidad sobre este ticket.</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Seguimientos (%1)</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>Conversation (%1)</source>
        <translation>Conversación (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>Assign the ticket to me and start working</source>
        <translation>Asignarme el ticket y empezar a atenderlo</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Despachar…</translation>
    </message>
    <message>
        <source>Hand the ticket over to another advisor</source>
        <translation>Pasar el ticket a otro asesor</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>Send the ticket to the next level</source>
        <translation>Enviar el ticket al siguiente nivel</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Close this ticket as a duplicate</source>
        <translation>Cerrar este ticket como duplicado</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Cambiar est&amp;ado</translation>
    </message>
    <message>
        <source>Choose another status</source>
        <translation>Elegir otro estado</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Cerrar…</translation>
    </message>
    <message>
        <source>Close the ticket after the checklist</source>
        <translation>Cerrar el ticket tras revisar la lista de verificación</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Write a public reply</source>
        <translation>Escribir una respuesta pública</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation>Escribir una nota interna</translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation>Re&amp;gistrar tiempo…</translation>
    </message>
    <message>
        <source>Log time spent on the ticket</source>
        <translation>Registrar el tiempo dedicado al ticket</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Seguimiento…</translation>
    </message>
    <message>
        <source>Set a reminder on the ticket</source>
        <translation>Programar un recordatorio en el ticket</translation>
    </message>
</context>
<context>
    <name>TicketFieldsForm</name>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject kind</source>
        <translation>Tipo de asunto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Tiempo registrado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1 · queue %2</source>
        <translation>%1 · cola %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>TicketListPanel</name>
    <message>
        <source>Search tickets: subject, text, requester, company</source>
        <translation>Buscar tickets: asunto, texto, solicitante, empresa</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Filter by the current column…</source>
        <translation>Filtrar por la columna actual…</translation>
    </message>
    <message>
        <source>No tickets match “%1”.</source>
        <translation>Ningún ticket coincide con “%1”.</translation>
    </message>
    <message>
        <source>No tickets match the column filters.</source>
        <translation>Ningún ticket coincide con los filtros de columna.</translation>
    </message>
    <message>
        <source>No tickets in this queue.</source>
        <translation>No hay tickets en esta cola.</translation>
    </message>
    <message>
        <source>There are no tickets here yet.

They arrive with the first sync, or try the demo: desk-app --demo</source>
        <translation>Todavía no hay tickets aquí.

Llegan con la primera sincronización; también puede probar la demostración: desk-app --demo</translation>
    </message>
    <message>
        <source>No tickets in this view.</source>
        <translation>No hay tickets en esta vista.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>excedido %1</translation>
    </message>
    <message>
        <source>first response due %1</source>
        <translation>primera respuesta vence %1</translation>
    </message>
    <message>
        <source>resolution due %1</source>
        <translation>resolución vence %1</translation>
    </message>
    <message>
        <source>clock paused</source>
        <translation>reloj en pausa</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Filtrado: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(no longer visible)</source>
        <translation>(ya no está visible)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>TicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Charged to</source>
        <translation>Cargado a</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Trabajo posterior a la llamada</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Save wrap-up</source>
        <translation>Guardar cierre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Devolver la llamada el</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>Tickets vinculados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT 1–5)</source>
        <translation>Satisfacción (CSAT 1–5)</translation>
    </message>
    <message>
        <source>Effort (CES 1–7)</source>
        <translation>Esfuerzo (CES 1–7)</translation>
    </message>
    <message>
        <source>Recommendation (NPS 0–10)</source>
        <translation>Recomendación (NPS 0–10)</translation>
    </message>
    <message>
        <source>Type a ticket number, e.g. 1234.</source>
        <translation>Escriba un número de ticket, p. ej. 1234.</translation>
    </message>
</context>
</TS>
