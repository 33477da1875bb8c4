<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>archive</name>
        <message>
            <source>backup</source>
            <extracomment>A person archive's person.json (a working life of records is a few megabytes; 50,000 activities, the most an archive may hold, about 38 MB).</extracomment>
            <translation>copia de seguridad</translation>
        </message>
        <message>
            <source>refused: the entry {name} points outside the backup</source>
            <translation>se rechazó: la entrada {name} apunta fuera de la copia de seguridad</translation>
        </message>
        <message>
            <source>refused: {name} points outside the backup</source>
            <translation>se rechazó: {name} apunta fuera de la copia de seguridad</translation>
        </message>
        <message>
            <source>refused: {name} unpacks to {size} MB; a backup's is at most {most} MB</source>
            <translation>se rechazó: {name} ocupa {size} MB al descomprimirse; en una copia de seguridad ocupa como máximo {most} MB</translation>
        </message>
        <message>
            <source>not an rxtracker backup (no manifest.json)</source>
            <translation>no es una copia de seguridad de rxtracker (no tiene manifest.json)</translation>
        </message>
        <message>
            <source>not an rxtracker backup of a known format</source>
            <translation>no es una copia de seguridad de rxtracker en un formato conocido</translation>
        </message>
        <message>
            <source>this is an rxtracker {kind}, not a backup</source>
            <translation>este archivo es de tipo «{kind}» de rxtracker, no una copia de seguridad</translation>
        </message>
        <message>
            <source>{file} holds no database</source>
            <translation>{file} no contiene ninguna base de datos</translation>
        </message>
        <message>
            <source>person archive</source>
            <extracomment>One person's records (``rxtracker.services.person_archive``).</extracomment>
            <translation>archivo de registros</translation>
        </message>
        <message>
            <source>refused: the entry {name} points outside the person archive</source>
            <translation>se rechazó: la entrada {name} apunta fuera del archivo de registros</translation>
        </message>
        <message>
            <source>refused: {name} points outside the person archive</source>
            <translation>se rechazó: {name} apunta fuera del archivo de registros</translation>
        </message>
        <message>
            <source>refused: {name} unpacks to {size} MB; a person archive's is at most {most} MB</source>
            <translation>se rechazó: {name} ocupa {size} MB al descomprimirse; en un archivo de registros ocupa como máximo {most} MB</translation>
        </message>
        <message>
            <source>not an rxtracker person archive (no manifest.json)</source>
            <translation>no es un archivo de registros de rxtracker (no tiene manifest.json)</translation>
        </message>
        <message>
            <source>not an rxtracker person archive of a known format</source>
            <translation>no es un archivo de registros de rxtracker en un formato conocido</translation>
        </message>
        <message>
            <source>this is an rxtracker {kind}, not a person archive</source>
            <translation>este archivo es de tipo «{kind}» de rxtracker, no un archivo de registros</translation>
        </message>
        <message>
            <source>{file} holds no person.json</source>
            <translation>{file} no contiene person.json</translation>
        </message>
        <message>
            <source>{file} is not a zip archive</source>
            <translation>{file} no es un archivo zip</translation>
        </message>
        <message>
            <source>{path} does not exist</source>
            <translation>{path} no existe</translation>
        </message>
        <message>
            <source>{file} was made by a newer rxtracker (schema {schema}; this version reads up to {most}); install the newer rxtracker to open it</source>
            <translation>{file} se hizo con un rxtracker más nuevo (esquema {schema}; esta versión lee hasta el {most}); instale el rxtracker más nuevo para abrirlo</translation>
        </message>
        <message>
            <source>the manifest lists {name} twice</source>
            <translation>el manifiesto menciona {name} dos veces</translation>
        </message>
        <message>
            <source>the manifest does not match the archive ({name})</source>
            <translation>el manifiesto no coincide con el contenido del archivo ({name})</translation>
        </message>
        <message>
            <source>{name} is not the size the manifest says</source>
            <translation>{name} no tiene el tamaño que indica el manifiesto</translation>
        </message>
        <message>
            <source>refused: the entry {name} appears twice</source>
            <translation>se rechazó: la entrada {name} aparece dos veces</translation>
        </message>
        <message>
            <source>refused: unpacks to {size} MB (limit 4 GB)</source>
            <translation>se rechazó: ocupa {size} MB al descomprimirse (el límite es 4 GB)</translation>
        </message>
        <message>
            <source>refused: the entry {name} is a link</source>
            <translation>se rechazó: la entrada {name} es un enlace</translation>
        </message>
        <message>
            <source>refused: unexpected entry {name}</source>
            <translation>se rechazó: entrada inesperada {name}</translation>
        </message>
        <message>
            <source>refused: {name} unpacks to far more than its packed size</source>
            <translation>se rechazó: {name} ocupa muchísimo más al descomprimirse que comprimido</translation>
        </message>
        <message>
            <source>refused: manifest.json is too big</source>
            <translation>se rechazó: manifest.json es demasiado grande</translation>
        </message>
        <message>
            <source>manifest.json is not readable ({error})</source>
            <translation>no se puede leer manifest.json ({error})</translation>
        </message>
        <message>
            <source>{name} is bigger than the manifest says</source>
            <translation>{name} es más grande de lo que indica el manifiesto</translation>
        </message>
        <message>
            <source>{name} does not match its sha256 in the manifest</source>
            <translation>{name} no coincide con su sha256 del manifiesto</translation>
        </message>
    </context>
    <context>
        <name>bounded_json</name>
        <message>
            <source>more than {count} {key}</source>
            <translation>más de {count} {key}</translation>
        </message>
        <message>
            <source>a key at character {position} is not text</source>
            <translation>una clave en el carácter {position} no es texto</translation>
        </message>
        <message>
            <source>expected {char} at character {position}</source>
            <translation>se esperaba {char} en el carácter {position}</translation>
        </message>
        <message>
            <source>extra data after the object at character {position}</source>
            <translation>hay datos de más después del objeto en el carácter {position}</translation>
        </message>
    </context>
    <context>
        <name>fates</name>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Combinar</translation>
        </message>
        <message>
            <source>Skip (duplicate)</source>
            <translation>Omitir (duplicado)</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>same {what} as row {row} of this file</source>
            <translation>coinciden {what} con la fila {row} de este archivo</translation>
        </message>
        <message>
            <source>UAN and date</source>
            <translation>el UAN y la fecha</translation>
        </message>
        <message>
            <source>title, date and hours</source>
            <translation>el título, la fecha y las horas</translation>
        </message>
        <message>
            <source>new activity</source>
            <translation>actividad nueva</translation>
        </message>
        <message>
            <source>matches activity #{id} logged by hand; it will be marked as in CPE Monitor</source>
            <translation>coincide con la actividad n.º {id} registrada a mano; se marcará como presente en CPE Monitor</translation>
        </message>
        <message>
            <source> (hours differ: you logged {logged}, CPE Monitor shows {shown}; check the certificate)</source>
            <translation> (las horas no coinciden: usted registró {logged}, CPE Monitor muestra {shown}; revise el certificado)</translation>
        </message>
        <message>
            <source>logged by hand</source>
            <translation>registrada a mano</translation>
        </message>
        <message>
            <source>imported earlier</source>
            <translation>importada antes</translation>
        </message>
        <message>
            <source>already recorded as activity #{id} ({origin}, same {what})</source>
            <translation>ya está registrada como actividad n.º {id} ({origin}; coinciden {what})</translation>
        </message>
    </context>
    <context>
        <name>ics</name>
        <message>
            <source>{summary} (today)</source>
            <translation>{summary} (hoy)</translation>
        </message>
        <message numerus="yes">
            <source>{summary} (in %n days)</source>
            <translation>
                <numerusform>{summary} (en %n día)</numerusform>
                <numerusform>{summary} (en %n días)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mapping</name>
        <message>
            <source>Date completed</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Contact hours</source>
            <translation>Horas de contacto</translation>
        </message>
        <message>
            <source>Live hours</source>
            <translation>Horas en vivo</translation>
        </message>
        <message>
            <source>Home-study hours</source>
            <translation>Horas a distancia</translation>
        </message>
        <message>
            <source>ACPE UAN</source>
            <translation>UAN de ACPE</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>CPE Monitor export (.xlsx)</source>
            <translation>Exportación de CPE Monitor (.xlsx)</translation>
        </message>
        <message>
            <source>CPE Monitor export (.csv)</source>
            <translation>Exportación de CPE Monitor (.csv)</translation>
        </message>
        <message>
            <source>CSV file with your own columns</source>
            <translation>Archivo CSV con sus propias columnas</translation>
        </message>
        <message>
            <source>no column chosen</source>
            <translation>no se eligió ninguna columna</translation>
        </message>
        <message>
            <source>no column chosen (hours, or live/home hours)</source>
            <translation>no se eligió ninguna columna (horas, u horas en vivo/a distancia)</translation>
        </message>
        <message>
            <source>the file has no column named {header}</source>
            <translation>el archivo no tiene ninguna columna llamada {header}</translation>
        </message>
    </context>
    <context>
        <name>packet</name>
        <message>
            <source>not counted</source>
            <translation>no contada</translation>
        </message>
        <message>
            <source>{logged} logged, {counted} counted: {reasons}</source>
            <translation>{logged} registradas, {counted} contadas: {reasons}</translation>
        </message>
        <message>
            <source>{credential} — No. {number}</source>
            <extracomment>A packet's type sizes (points): as the HTML packet printed them.</extracomment>
            <translation>{credential} — N.º {number}</translation>
        </message>
        <message>
            <source>Continuing-education audit packet</source>
            <translation>Paquete de educación continua (EC) para auditoría</translation>
        </message>
        <message>
            <source>{cycle}: {start} to {end} · prepared {today} with rxtracker</source>
            <translation>{cycle}: del {start} al {end} · preparado el {today} con rxtracker</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Renewal date range</source>
            <translation>Período de renovación</translation>
        </message>
        <message>
            <source>Total CEs</source>
            <translation>Total de EC</translation>
        </message>
        <message>
            <source>Technician-specific (UAN ending -T)</source>
            <translation>Específica para técnicos (UAN termina en -T)</translation>
        </message>
        <message>
            <source>Pharmacist-specific (UAN ending -P)</source>
            <translation>Específica para farmacéuticos (UAN termina en -P)</translation>
        </message>
        <message>
            <source>Pharmacy Law (ACPE topic 03)</source>
            <translation>Legislación farmacéutica (tema ACPE 03)</translation>
        </message>
        <message>
            <source>Patient Safety (ACPE topic 05)</source>
            <translation>Seguridad del paciente (tema ACPE 05)</translation>
        </message>
        <message>
            <source>Compliance summary</source>
            <translation>Resumen de cumplimiento</translation>
        </message>
        <message>
            <source>Hours as logged for activities dated in the renewal date range, counted the way PTCB's compliance screen shows them.</source>
            <translation>Horas tal como se registraron para las actividades con fecha dentro del período de renovación, contadas como las muestra la pantalla de cumplimiento de PTCB.</translation>
        </message>
        <message>
            <source>Why: {difference}</source>
            <translation>Por qué: {difference}</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Exigido</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Requirements of {credential} for this cycle</source>
            <translation>Requisitos de {credential} para este ciclo</translation>
        </message>
        <message>
            <source>(unconfirmed rule)</source>
            <translation>(regla sin confirmar)</translation>
        </message>
        <message>
            <source>Still missing</source>
            <translation>Todavía falta</translation>
        </message>
        <message>
            <source>Unconfirmed rules:</source>
            <translation>Reglas sin confirmar:</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>The activity log's columns (the first holds the row number, up to 6 digits).</extracomment>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>CE activities, {dates}</source>
            <translation>Actividades de EC, {dates}</translation>
        </message>
        <message numerus="yes">
            <source>{person} · %n activities, {hours}</source>
            <translation>
                <numerusform>{person} · %n actividad, {hours}</numerusform>
                <numerusform>{person} · %n actividades, {hours}</numerusform>
            </translation>
        </message>
        <message>
            <source>No CE activity is dated in this cycle.</source>
            <translation>Ninguna actividad de EC tiene fecha en este ciclo.</translation>
        </message>
        <message>
            <source>Attachment {number}</source>
            <translation>Anexo {number}</translation>
        </message>
        <message>
            <source>none stored</source>
            <translation>ninguno guardado</translation>
        </message>
        <message>
            <source>none (not ACPE)</source>
            <translation>ninguno (no ACPE)</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificados</translation>
        </message>
        <message>
            <source>No certificate files are stored for these activities.</source>
            <translation>No hay archivos de certificados guardados para estas actividades.</translation>
        </message>
        <message>
            <source>Each stored file follows this report as an attachment, in this order. The SHA-256 fingerprint identifies the exact file kept by rxtracker.</source>
            <translation>Cada archivo guardado sigue a este informe como anexo, en este orden. La huella SHA-256 identifica el archivo exacto que guarda rxtracker.</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Anexo</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>Huella SHA-256</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} bytes</translation>
        </message>
    </context>
    <context>
        <name>packet_plan</name>
        <message>
            <source>Plan to finish on time</source>
            <translation>Plan para terminar a tiempo</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Required topics first</source>
            <translation>Primero los temas obligatorios</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <source>none</source>
            <extracomment>Header spellings accepted for each column (compared after ``normalise_header``).</extracomment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{file} has no 'name' column (its columns are: {shown})</source>
            <translation>{file} no tiene una columna 'name' (sus columnas son: {shown})</translation>
        </message>
        <message>
            <source>name: is empty</source>
            <translation>nombre: está vacío</translation>
        </message>
        <message>
            <source>credential type: is empty, but a number or expiration is given</source>
            <translation>tipo de credencial: está vacío, pero se indica un número o un vencimiento</translation>
        </message>
    </context>
    <context>
        <name>rows</name>
        <message>
            <source>is empty</source>
            <extracomment>The UAN as parsed from the file (None when there is none, or when built by hand): carried so that it is parsed once, not again when the row is written. Hour cells repeat (0, 0.5, 1, 1.5...): each distinct one is parsed once per table.</extracomment>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>MM/DD/YYYY or YYYY-MM-DD</source>
            <translation>MM/DD/AAAA o AAAA-MM-DD</translation>
        </message>
        <message>
            <source>{text} is not a date written {expected}</source>
            <translation>{text} no es una fecha escrita como {expected}</translation>
        </message>
        <message>
            <source>{text} is not a real calendar date</source>
            <translation>{text} no es una fecha real del calendario</translation>
        </message>
        <message>
            <source>{value} is a date, not a number of hours</source>
            <translation>{value} es una fecha, no un número de horas</translation>
        </message>
        <message>
            <source>{hours} is negative</source>
            <translation>{hours} es negativo</translation>
        </message>
        <message>
            <source>{names}: no hours (the total is 0)</source>
            <translation>{names}: sin horas (el total es 0)</translation>
        </message>
    </context>
    <context>
        <name>tables</name>
        <message>
            <source>{file} is neither an .xlsx workbook nor a .csv file</source>
            <translation>{file} no es un libro .xlsx ni un archivo .csv</translation>
        </message>
        <message>
            <source>imports are limited to 20 MB</source>
            <translation>las importaciones tienen un límite de 20 MB</translation>
        </message>
        <message>
            <source>{file} has no header row (the first rows are empty)</source>
            <translation>{file} no tiene fila de encabezados (las primeras filas están vacías)</translation>
        </message>
        <message>
            <source>{file} has no column named {missing} (its columns are: {shown})</source>
            <translation>{file} no tiene ninguna columna llamada {missing} (sus columnas son: {shown})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx)</source>
            <translation>{file} no es un libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <source>{file} unpacks to far more than its size ({member}: {size} MB from {packed} KB); refused</source>
            <translation>{file} se descomprime en mucho más que su tamaño ({member}: {size} MB a partir de {packed} KB); rechazado</translation>
        </message>
        <message>
            <source>{file} unpacks to {size} MB; the limit is 200 MB</source>
            <translation>{file} se descomprime en {size} MB; el límite es 200 MB</translation>
        </message>
        <message>
            <source>workbooks can only be read safely with defusedxml; reinstall rxtracker</source>
            <translation>los libros solo se pueden leer con seguridad con defusedxml; vuelva a instalar rxtracker</translation>
        </message>
        <message>
            <source>{file} could not be read as a workbook: it declares XML entities or DTDs, which spreadsheets never need (refused as unsafe)</source>
            <translation>{file} no se pudo leer como libro: declara entidades XML o DTD, que una hoja de cálculo nunca necesita (rechazado por inseguro)</translation>
        </message>
        <message>
            <source>{file} could not be read as a workbook ({detail})</source>
            <translation>{file} no se pudo leer como libro ({detail})</translation>
        </message>
        <message>
            <source>{file} has more than {most} rows; split it into smaller files</source>
            <extracomment>Cell types kept as they are (bool is not here: it is shown as text).</extracomment>
            <translation>{file} tiene más de {most} filas; divídalo en archivos más pequeños</translation>
        </message>
        <message>
            <source>{file} line {line}: {error}</source>
            <translation>{file}, línea {line}: {error}</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>columna {number}</translation>
        </message>
        <message>
            <source>{file} row {row}, {column}: holds a NUL character, which text never has (the file may be damaged); nothing was imported</source>
            <translation>{file}, fila {row}, {column}: contiene un carácter NUL, que un texto nunca tiene (el archivo puede estar dañado); no se importó nada</translation>
        </message>
    </context>
    <context>
        <name>team_report</name>
        <message>
            <source>Person</source>
            <extracomment>The team report's type sizes (points), printed across the page.</extracomment>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Home state</source>
            <translation>Estado de residencia</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Days to deadline</source>
            <translation>Días hasta la fecha límite</translation>
        </message>
        <message>
            <source>Hours counted</source>
            <translation>Horas contadas</translation>
        </message>
        <message>
            <source>Hours required</source>
            <translation>Horas exigidas</translation>
        </message>
        <message>
            <source>Hours missing</source>
            <translation>Horas que faltan</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Al</translation>
        </message>
        <message>
            <source>does not expire</source>
            <extracomment>The one table of status colours (also the GUI's "good" and "problem" colours).</extracomment>
            <translation>no vence</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Still missing</source>
            <translation>Todavía falta</translation>
        </message>
        <message>
            <source>Expiring soon: deadline within {days} days, or already past</source>
            <translation>Vencen pronto: fecha límite en los próximos {days} días, o ya pasada</translation>
        </message>
        <message>
            <source>Nobody's deadline falls in this window.</source>
            <translation>Nadie tiene una fecha límite en este plazo.</translation>
        </message>
        <message>
            <source>Whole team</source>
            <translation>Todo el equipo</translation>
        </message>
        <message>
            <source>No credentials recorded.</source>
            <translation>No hay credenciales registradas.</translation>
        </message>
        <message>
            <source>Deadline: the last day to apply (PTCB: the first of the expiration month or 30 days before it); days are counted from the as-of date. Hours are contact hours counted toward the current cycle.</source>
            <translation>Fecha límite: el último día para presentar la solicitud (PTCB: el primer día del mes de vencimiento o 30 días antes); los días se cuentan desde la fecha del informe. Las horas son horas de contacto contadas para el ciclo actual.</translation>
        </message>
        <message>
            <source>As of {date} · {people}, {credentials}</source>
            <translation>Al {date} · {people}, {credentials}</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n credentials</source>
            <translation>
                <numerusform>%n credencial</numerusform>
                <numerusform>%n credenciales</numerusform>
            </translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>N.º {number}</translation>
        </message>
        <message>
            <source>{counted} of {required}</source>
            <translation>{counted} de {required}</translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>No vence</translation>
        </message>
    </context>
    <context>
        <name>text_files</name>
        <message>
            <source>{file} says it is UTF-16 text but byte {byte} is not</source>
            <extracomment>Bytes looked at for NUL before deciding a file without a UTF-16 mark is not text.</extracomment>
            <translation>{file} dice ser texto UTF-16, pero el byte {byte} no lo es</translation>
        </message>
        <message>
            <source>{file} is not a text (CSV) file</source>
            <translation>{file} no es un archivo de texto (CSV)</translation>
        </message>
    </context>
</TS>
