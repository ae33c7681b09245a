"""Spanish source material for the demo workspace: a partner desk for accounting software."""

from __future__ import annotations

FIRST_NAMES = (
    "María", "José", "Guadalupe", "Juan", "Ana", "Luis", "Verónica", "Carlos", "Patricia",
    "Jorge", "Rocío", "Miguel", "Alejandra", "Fernando", "Sofía", "Ricardo", "Gabriela",
    "Andrés", "Daniela", "Héctor", "Lucía", "Raúl", "Mónica", "Sergio", "Claudia", "Óscar",
    "Adriana", "Iván", "Beatriz", "Tomás", "Elena", "Ramón", "Paola", "Ernesto", "Itzel",
)  # fmt: skip

LAST_NAMES = (
    "García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez",
    "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz",
    "Torres", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Castillo", "Núñez",
    "Quispe", "Rojas", "Castaño", "Montoya", "Salazar", "Valencia", "Paredes", "Chávez",
)  # fmt: skip

COMPANY_KINDS = (
    "Comercializadora", "Distribuidora", "Servicios Contables", "Grupo", "Abarrotes",
    "Farmacias", "Ferretería", "Transportes", "Despacho Fiscal", "Constructora", "Papelería",
    "Refaccionaria", "Consultores", "Agroindustrias", "Hotelera", "Laboratorios",
)  # fmt: skip

COMPANY_NAMES = (
    "del Bajío", "Azteca", "Monterrey", "San Ángel", "La Esperanza", "Los Altos", "Andina",
    "del Pacífico", "Cafetera", "Santa Fe", "Guadalupana", "Tapatía", "Sierra Madre",
    "Caribe", "Lima Norte", "Valle del Cauca", "Huasteca", "Nuevo León", "Oaxaqueña",
    "Cusqueña", "Antioqueña", "El Roble", "La Palma", "Querétaro", "Yucateca", "Puebla",
)  # fmt: skip

COMPANY_SUFFIX = ("S.A. de C.V.", "S. de R.L. de C.V.", "S.A.S.", "S.A.C.", "S.C.")

POSITIONS = (
    "Contadora general", "Auxiliar contable", "Gerente de administración", "Director de sistemas",
    "Encargado de nóminas", "Jefa de facturación", "Coordinador de TI", "Dueño",
    "Asistente administrativa", "Tesorero",
)  # fmt: skip

# category → subcategories ("tipificación")
CATEGORIES: dict[str, tuple[str, ...]] = {
    "Contabilidad": ("Pólizas", "Cierre de ejercicio", "Reportes fiscales", "Catálogo de cuentas"),
    "Nóminas": ("Cálculo de nómina", "Timbrado de recibos", "IMSS e INFONAVIT", "Finiquitos"),
    "Facturación": ("Emisión de CFDI", "Cancelación", "Complemento de pago", "Certificados"),
    "Comercial": ("Inventarios", "Punto de venta", "Compras", "Listas de precios"),
    "Bancos": ("Conciliación", "Layouts bancarios", "Flujo de efectivo"),
    "Instalación y licencias": ("Activación", "Instalación en red", "Actualización de versión"),
    "Base de datos": ("Respaldos", "Consultas SQL", "Migración de empresa"),
}

TAGS = (
    "contabilidad", "nóminas", "cfdi", "timbrado", "bancos", "instalación", "licencia",
    "respaldo", "sql", "facturación", "inventarios", "xml", "red", "actualización", "sat",
    "capacitación", "urgente-cierre", "portal",
)  # fmt: skip

# (subject template, body template, category, subcategory)
TICKET_TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    ("No timbra la factura {folio}",
     "Al intentar timbrar la factura {folio} aparece el error 301 «Estructura inválida». "
     "El cliente ya revisó el RFC del receptor y el régimen fiscal. Necesitan emitirla hoy.",
     "Facturación", "Emisión de CFDI"),
    ("Error al cancelar CFDI {folio}",
     "La cancelación del comprobante {folio} queda «en proceso» desde hace tres días. "
     "Solicitan confirmar el estatus ante el SAT y si procede el motivo 02.",
     "Facturación", "Cancelación"),
    ("Complemento de pago sin saldo insoluto",
     "El complemento de pago no calcula el saldo insoluto cuando hay dos parcialidades "
     "el mismo día. Adjuntan XML de ejemplo.", "Facturación", "Complemento de pago"),
    ("Certificado de sello digital vencido",
     "El CSD venció y no encuentran dónde cargar el nuevo certificado y la llave privada.",
     "Facturación", "Certificados"),
    ("Diferencias en la balanza de comprobación",
     "La balanza de {mes} no cuadra con los auxiliares: hay una diferencia de ${monto} "
     "en la cuenta de bancos. Piden revisar las pólizas de diario.",
     "Contabilidad", "Pólizas"),
    ("Cierre del ejercicio {anio} no genera póliza",
     "Al ejecutar el cierre del ejercicio {anio} el sistema termina sin generar la póliza "
     "de cierre. Ya se respaldó la empresa.", "Contabilidad", "Cierre de ejercicio"),
    ("Contabilidad electrónica: error en XML de balanza",
     "El validador del SAT rechaza el XML de la balanza de {mes} por el código agrupador.",
     "Contabilidad", "Reportes fiscales"),
    ("Alta de cuentas en el catálogo",
     "Necesitan dar de alta 12 subcuentas de gastos y asociarlas al código agrupador.",
     "Contabilidad", "Catálogo de cuentas"),
    ("Nómina quincenal con ISR incorrecto",
     "La nómina de la quincena {quincena} calcula mal el ISR de 8 empleados después de "
     "actualizar las tablas. Piden revisión urgente antes del pago.",
     "Nóminas", "Cálculo de nómina"),
    ("No se timbran los recibos de nómina",
     "Los recibos de la nómina semanal marcan «Error CFDI40999» al timbrar. Son 45 recibos.",
     "Nóminas", "Timbrado de recibos"),
    ("Cálculo de cuotas IMSS no coincide con SUA",
     "La determinación de cuotas obrero-patronales difiere del SUA en ${monto}.",
     "Nóminas", "IMSS e INFONAVIT"),
    ("Finiquito con días de vacaciones mal calculados",
     "El finiquito de un empleado con 3 años de antigüedad toma 6 días de vacaciones en "
     "lugar de 16.", "Nóminas", "Finiquitos"),
    ("Existencias negativas en almacén {almacen}",
     "El reporte de existencias muestra negativos en el almacén {almacen} después de un "
     "traspaso. Piden recalcular costos.", "Comercial", "Inventarios"),
    ("Punto de venta no imprime ticket",
     "La caja 2 dejó de imprimir tickets desde la actualización; la impresora sí funciona "
     "con otros programas.", "Comercial", "Punto de venta"),
    ("Orden de compra duplicada",
     "Al guardar una orden de compra se generan dos folios consecutivos.",
     "Comercial", "Compras"),
    ("Conciliación bancaria con movimientos repetidos",
     "Al importar el estado de cuenta de {banco} los movimientos aparecen dos veces.",
     "Bancos", "Conciliación"),
    ("Layout de dispersión rechazado por el banco",
     "{banco} rechaza el layout de dispersión de nómina por el formato de la CLABE.",
     "Bancos", "Layouts bancarios"),
    ("Activar licencia en equipo nuevo",
     "Cambiaron el servidor y necesitan reactivar la licencia de 5 usuarios.",
     "Instalación y licencias", "Activación"),
    ("Las terminales no conectan al servidor",
     "Después de cambiar el router, las terminales no encuentran la instancia de SQL del "
     "servidor. Firewall revisado.", "Instalación y licencias", "Instalación en red"),
    ("Actualizar a la versión {version}",
     "Solicitan acompañamiento para actualizar a la versión {version} sin perder "
     "configuraciones.", "Instalación y licencias", "Actualización de versión"),
    ("Respaldo automático no se ejecuta",
     "El respaldo programado de las 23:00 no se ha ejecutado en toda la semana.",
     "Base de datos", "Respaldos"),
    ("Consulta SQL para reporte de ventas por vendedor",
     "Piden orientación para una consulta SQL que sume ventas por vendedor y mes.",
     "Base de datos", "Consultas SQL"),
    ("Migrar empresa a otro servidor",
     "Van a mover 3 empresas a un servidor nuevo y quieren el procedimiento correcto.",
     "Base de datos", "Migración de empresa"),
)  # fmt: skip

MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
BANKS = ("BBVA", "Banorte", "Santander", "Bancolombia", "BCP", "Banamex", "HSBC")

PUBLIC_REPLIES = (
    "Hola {cliente}, gracias por comunicarte. Ya estamos revisando tu caso y te contactaremos "
    "en cuanto tengamos una respuesta.",
    "Te compartimos los pasos para corregirlo: 1) respalda la empresa, 2) ejecuta el proceso "
    "de revisión de integridad, 3) vuelve a intentar la operación. ¿Nos confirmas si funcionó?",
    "Necesitamos una captura del mensaje de error y la versión instalada para continuar.",
    "Quedó resuelto en la sesión remota. Cerramos el ticket; si vuelve a ocurrir, responde "
    "a este mensaje.",
)
INTERNAL_NOTES = (
    "Revisé la bitácora: el error aparece después de la actualización. Posible escalamiento a L2.",
    "El cliente tiene contrato vigente; las horas se descuentan de su bolsa.",
    "Se replicó en ambiente de pruebas. Adjunto el XML con el problema.",
    "Pendiente confirmar con el usuario líder si autoriza más de 2 horas.",
)

KB_ARTICLES: tuple[tuple[str, str, str, str, bool], ...] = (
    ("Cómo cargar un nuevo certificado de sello digital (CSD)",
     "Pasos para reemplazar el CSD vencido.",
     "Abre la empresa, ve a Configuración › Certificados, elige «Agregar», selecciona el "
     "archivo .cer y la llave .key, escribe la contraseña de la llave y guarda. Timbra una "
     "factura de prueba para confirmar.", "Facturación", True),
    ("Errores frecuentes al timbrar CFDI 4.0",
     "Códigos 301, 305 y CFDI40999 y cómo resolverlos.",
     "El error 301 indica estructura inválida: revisa el RFC, nombre y régimen del receptor "
     "tal como aparecen en su constancia. El 305 indica fecha fuera de rango: sincroniza el "
     "reloj del equipo. CFDI40999 es un error genérico del PAC: reintenta y consulta su "
     "estatus.", "Facturación", True),
    ("Cancelación de CFDI con motivo 02",
     "Cuándo usar cada motivo de cancelación.",
     "El motivo 02 se usa cuando el comprobante se emitió con errores sin relación. Si el "
     "receptor debe aceptar, el estatus queda en proceso hasta 72 horas.", "Facturación", False),
    ("Cierre del ejercicio paso a paso", "Antes de cerrar: respaldos y verificaciones.",
     "Respalda la empresa, verifica que la balanza cuadre, revisa cuentas de resultados y "
     "ejecuta el cierre desde Periodo › Cierre del ejercicio.", "Contabilidad", False),
    ("Balanza que no cuadra con auxiliares", "Cómo localizar pólizas descuadradas.",
     "Ejecuta la reconstrucción de saldos y el reporte de pólizas descuadradas; corrige la "
     "póliza y vuelve a generar la balanza.", "Contabilidad", True),
    ("Actualizar tablas de ISR", "Tablas vigentes y cómo cargarlas.",
     "Descarga el paquete de tablas, ve a Nómina › Tablas, importa y recalcula el periodo "
     "abierto.", "Nóminas", True),
    ("Timbrado de recibos de nómina", "Requisitos del complemento de nómina 1.2.",
     "Verifica CURP, NSS, registro patronal y tipo de régimen de cada empleado antes de "
     "timbrar.", "Nóminas", False),
    ("Instalación en red con SQL Server", "Servidor y terminales.",
     "Instala el servidor con la instancia nombrada, abre el puerto 1433 en el firewall y "
     "apunta las terminales a NOMBRE\\INSTANCIA.", "Instalación y licencias", False),
    ("Reactivar una licencia en otro equipo", "Liberar y activar.",
     "Libera la licencia en el equipo anterior desde el administrador de licencias y activa "
     "con el número de serie en el nuevo.", "Instalación y licencias", True),
    ("Respaldos automáticos que no corren", "Programador de tareas y permisos.",
     "Revisa que el servicio del agente esté iniciado y que la cuenta tenga permisos de "
     "escritura en la carpeta destino.", "Base de datos", False),
    ("Conciliación bancaria con movimientos duplicados", "Importación de estados de cuenta.",
     "Borra la importación duplicada desde Bancos › Estados de cuenta y vuelve a importar "
     "con la opción «omitir movimientos existentes».", "Bancos", False),
    ("Términos de atención del servicio", "Qué acepta el cliente al iniciar.",
     "Toda comunicación se hace por el portal. Trabajos estimados en más de 2 horas requieren "
     "la confirmación del usuario líder. El servicio fuera de contrato se factura con la "
     "tarifa plana por hora.", "Servicio", True),
)  # fmt: skip

CANNED_RESPONSES: tuple[tuple[str, str], ...] = (
    ("Saludo inicial",
     "Hola {cliente}, soy {asesor} de la mesa de atención. Recibimos tu solicitud con el "
     "ticket {ticket} y ya la estamos revisando."),
    ("Solicitar evidencia",
     "{cliente}, para continuar con el ticket {ticket} necesitamos una captura del error y "
     "la versión del sistema. Gracias."),
    ("Confirmación de más de 2 horas",
     "{cliente}, estimamos que la atención del ticket {ticket} tomará más de 2 horas. "
     "¿Nos confirmas que podemos continuar con cargo a tu bolsa de horas?"),
    ("Términos de atención",
     "{cliente}, antes de iniciar te compartimos los términos de atención. Por favor "
     "confírmalos respondiendo a este ticket ({ticket})."),
    ("Cierre por solución",
     "{cliente}, damos por resuelto el ticket {ticket}. Si el problema vuelve a presentarse, "
     "responde a este mensaje. Atentamente, {asesor}."),
    ("Cierre por falta de respuesta",
     "{cliente}, no recibimos respuesta en el ticket {ticket}, por lo que lo cerraremos. "
     "Puedes reabrirlo respondiendo a este correo."),
    ("Escalamiento a nivel 2",
     "{cliente}, tu ticket {ticket} fue escalado a un especialista de nivel 2, quien te "
     "contactará en breve."),
)  # fmt: skip

# What an advisor writes on a time entry, by kind (L1, L2, L3 analysis and solution; quality).
TIME_NOTES: dict[str, tuple[str, ...]] = {
    "L1": ("Análisis inicial con el cliente", "Revisión de la bitácora y del error",
           "Sesión remota de diagnóstico", ""),
    "L2": ("Análisis de nivel 2 en ambiente de pruebas", "Corrección de la configuración",
           "Revisión de la base de datos", ""),
    "L3": ("Escalamiento a soporte del fabricante", "Análisis del defecto con desarrollo",
           "Aplicación del parche", ""),
    "quality": ("Seguimiento de calidad del servicio", "Revisión del caso y encuesta",
                "Llamada de seguimiento con el usuario líder"),
}  # fmt: skip
CONFIRMATION_NOTES = (
    "Autoriza continuar con cargo a la bolsa de horas.",
    "Confirmado por el usuario líder.",
    "Autoriza el tiempo estimado; pide aviso si se excede.",
    "",
)
