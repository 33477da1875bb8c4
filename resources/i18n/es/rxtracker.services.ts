<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>activities</name>
        <message>
            <source>activity {id} is not deleted</source>
            <translation>la actividad {id} no está eliminada</translation>
        </message>
        <message>
            <source>the change history has no deleted activity {id}</source>
            <translation>el historial de cambios no tiene ninguna actividad {id} eliminada</translation>
        </message>
        <message>
            <source>activity {id} has no certificate</source>
            <translation>la actividad {id} no tiene certificado</translation>
        </message>
    </context>
    <context>
        <name>archive_checks</name>
        <message>
            <source>credentials</source>
            <extracomment>The most records of each kind one person's archive may hold (a working life of CE is a few thousand activities; a supervisor's long-kept records, tens of thousands); nested lists are per record. The lists a person archive holds, and the lists inside each of their records. How rxtracker names a stored certificate: its sha256 and the type's extension. The archive's lists of records in words (the keys stay as the file spells them in English).</extracomment>
            <translation>credenciales</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>actividades</translation>
        </message>
        <message>
            <source>experience</source>
            <translation>períodos de experiencia laboral</translation>
        </message>
        <message>
            <source>no person in it</source>
            <translation>no contiene ninguna persona</translation>
        </message>
        <message>
            <source>{key} is not a list of records</source>
            <translation>{key} no es una lista de registros</translation>
        </message>
        <message>
            <source>{file} holds more than {most} {records}; a person archive holds at most {most}</source>
            <translation>{file} contiene más de {most} {records}; un archivo de registros contiene como máximo {most}</translation>
        </message>
        <message>
            <source>{file} is not readable ({error})</source>
            <translation>no se puede leer {file} ({error})</translation>
        </message>
        <message>
            <source>{list} of a record in {key} is not a list</source>
            <translation>{list} de un registro de {key} no es una lista</translation>
        </message>
        <message>
            <source>{file} holds more than {most} {list} in one of its {key}; a person archive holds at most {most}</source>
            <translation>{file} contiene más de {most} {list} en uno de sus registros de {key}; un archivo de registros contiene como máximo {most}</translation>
        </message>
        <message>
            <source>{list} of a record in {key} is not a list of records</source>
            <translation>{list} de un registro de {key} no es una lista de registros</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>la persona</translation>
        </message>
        <message>
            <source>the credential {type}</source>
            <translation>la credencial {type}</translation>
        </message>
        <message>
            <source>the activity {title}</source>
            <translation>la actividad {title}</translation>
        </message>
        <message>
            <source>the work period {role}</source>
            <translation>el período de experiencia laboral {role}</translation>
        </message>
        <message>
            <source>{what} in {file}: {field}: {problem}</source>
            <translation>{what} en {file}: {field}: {problem}</translation>
        </message>
        <message>
            <source>{what} in {file}: {key} is missing</source>
            <translation>{what} en {file}: falta {key}</translation>
        </message>
        <message>
            <source>{what} in {file} cannot be read ({error})</source>
            <translation>{what} en {file} no se puede leer ({error})</translation>
        </message>
        <message>
            <source>that credential type is not known here</source>
            <translation>ese tipo de credencial no se conoce aquí</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{item} is not an item of {type} (its items: {known})</source>
            <translation>{item} no es un elemento de {type} (sus elementos: {known})</translation>
        </message>
        <message>
            <source>{step} is not a step</source>
            <translation>{step} no es un paso</translation>
        </message>
        <message>
            <source>is empty or before the notice</source>
            <translation>está vacía o es anterior al aviso</translation>
        </message>
        <message>
            <source>must be passed, failed or empty</source>
            <translation>debe ser passed, failed o estar vacío</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>{date} is before {earliest}</source>
            <translation>{date} es anterior a {earliest}</translation>
        </message>
        <message>
            <source>{date} is after its expiration {expires}</source>
            <translation>{date} es posterior a su vencimiento, {expires}</translation>
        </message>
        <message>
            <source>{date} is before the cycle began {start}</source>
            <translation>{date} es anterior al comienzo del ciclo, {start}</translation>
        </message>
        <message>
            <source>{key} is not a whole number</source>
            <translation>{key} no es un número entero</translation>
        </message>
        <message>
            <source>{key} is empty</source>
            <translation>{key} está vacío</translation>
        </message>
        <message>
            <source>{program} is not a program rxtracker knows</source>
            <translation>{program} no es un programa que rxtracker conozca</translation>
        </message>
        <message>
            <source>holds a control character</source>
            <translation>contiene un carácter de control</translation>
        </message>
        <message>
            <source>{name} is not a stored certificate's name</source>
            <translation>{name} no es el nombre de un certificado guardado</translation>
        </message>
        <message>
            <source>the sha256 of {name} is not its name's</source>
            <translation>el sha256 de {name} no es el de su nombre</translation>
        </message>
        <message>
            <source>{name} is not of the type its name says</source>
            <translation>{name} no es del tipo que indica su nombre</translation>
        </message>
        <message>
            <source>{size} is not the size of a certificate</source>
            <translation>{size} no es el tamaño de un certificado</translation>
        </message>
        <message>
            <source>is {length} characters long; the limit is {most}</source>
            <translation>tiene {length} caracteres; el límite es {most}</translation>
        </message>
        <message>
            <source>{name} is not a file name (it holds a folder or a control character)</source>
            <translation>{name} no es un nombre de archivo (contiene una carpeta o un carácter de control)</translation>
        </message>
    </context>
    <context>
        <name>archive_report</name>
        <message>
            <source>seen in CPE Monitor on {date} (by that workplace)</source>
            <extracomment>The archived columns that say what the other workplace saw; kept only as its report.</extracomment>
            <translation>vista en CPE Monitor el {date} (por ese lugar de trabajo)</translation>
        </message>
        <message>
            <source>reported by the archive: {parts}</source>
            <translation>según el archivo de registros: {parts}</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificada</translation>
        </message>
        <message>
            <source>sent back</source>
            <translation>devuelta</translation>
        </message>
        <message>
            <source>{state} with the note "{note}"</source>
            <translation>{state} con la nota "{note}"</translation>
        </message>
        <message>
            <source>{who}'s workplace</source>
            <translation>el lugar de trabajo de {who}</translation>
        </message>
        <message>
            <source>the workplace that made the archive</source>
            <translation>el lugar de trabajo que hizo el archivo</translation>
        </message>
        <message>
            <source>{state} (checked at {place})</source>
            <translation>{state} (revisada en {place})</translation>
        </message>
    </context>
    <context>
        <name>archive_values</name>
        <message>
            <source>item done on</source>
            <extracomment>The names of the fields only an archive holds, as people read them (the others are named by ``rxtracker.domain.errors``).</extracomment>
            <translation>elemento hecho el</translation>
        </message>
        <message>
            <source>item note</source>
            <translation>nota del elemento</translation>
        </message>
        <message>
            <source>renewal step</source>
            <translation>paso de la renovación</translation>
        </message>
        <message>
            <source>renewal step on</source>
            <translation>fecha del paso de la renovación</translation>
        </message>
        <message>
            <source>renewal reasons</source>
            <translation>motivos de la renovación</translation>
        </message>
        <message>
            <source>renewal fee</source>
            <translation>tarifa de la renovación</translation>
        </message>
        <message>
            <source>audit noticed on</source>
            <translation>aviso de auditoría recibido el</translation>
        </message>
        <message>
            <source>audit sent on</source>
            <translation>documentos de auditoría enviados el</translation>
        </message>
        <message>
            <source>audit outcome on</source>
            <translation>resultado de la auditoría del</translation>
        </message>
        <message>
            <source>audit note</source>
            <translation>nota de la auditoría</translation>
        </message>
        <message>
            <source>past cycle renewed on</source>
            <translation>ciclo anterior renovado el</translation>
        </message>
        <message>
            <source>past cycle start</source>
            <translation>comienzo del ciclo anterior</translation>
        </message>
        <message>
            <source>past cycle expires on</source>
            <translation>vencimiento del ciclo anterior</translation>
        </message>
        <message>
            <source>past cycle notes</source>
            <translation>notas del ciclo anterior</translation>
        </message>
        <message>
            <source>verified at</source>
            <translation>verificada el</translation>
        </message>
        <message>
            <source>verified by</source>
            <translation>verificada por</translation>
        </message>
        <message>
            <source>verification note</source>
            <translation>nota de la verificación</translation>
        </message>
        <message>
            <source>seen in CPE Monitor</source>
            <translation>vista en CPE Monitor</translation>
        </message>
        <message>
            <source>reported by the archive</source>
            <translation>según el archivo de registros</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>{date} is before {earliest}</source>
            <translation>{date} es anterior a {earliest}</translation>
        </message>
        <message>
            <source>{date} is in the future</source>
            <translation>{date} es una fecha futura</translation>
        </message>
        <message>
            <source>is not text</source>
            <translation>no es texto</translation>
        </message>
    </context>
    <context>
        <name>audits</name>
        <message>
            <source>{date} is in the future</source>
            <extracomment>Where an audit form's due date starts: PTCB's notice gives its own date; this is a guess.</extracomment>
            <translation>{date} es una fecha futura</translation>
        </message>
        <message>
            <source>{date} is before the notice ({notice})</source>
            <translation>{date} es anterior al aviso ({notice})</translation>
        </message>
        <message>
            <source>{outcome} must be passed or failed</source>
            <translation>{outcome} debe ser passed (aprobada) o failed (no aprobada)</translation>
        </message>
        <message>
            <source>no open audit is recorded for this credential</source>
            <translation>no hay ninguna auditoría abierta registrada para esta credencial</translation>
        </message>
        <message>
            <source>{date} is before the audit notice ({notice})</source>
            <translation>{date} es anterior al aviso de auditoría ({notice})</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>restore a backup</source>
            <translation>restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>the database in the backup cannot be used: {error}</source>
            <translation>la base de datos de la copia de seguridad no se puede usar: {error}</translation>
        </message>
        <message>
            <source>the database in the backup is damaged ({verdict})</source>
            <translation>la base de datos de la copia de seguridad está dañada ({verdict})</translation>
        </message>
        <message>
            <source>the database in the backup is not laid out as rxtracker makes it ({differences}). It was not restored.</source>
            <translation>la base de datos de la copia de seguridad no tiene la estructura que crea rxtracker ({differences}). No se restauró.</translation>
        </message>
    </context>
    <context>
        <name>catalogs</name>
        <message>
            <source>custom type {name}</source>
            <translation>tipo propio {name}</translation>
        </message>
    </context>
    <context>
        <name>certificate_batch</name>
        <message>
            <source>{file}, above</source>
            <extracomment>The files a folder is searched for (its subfolders are not).</extracomment>
            <translation>{file}, más arriba</translation>
        </message>
        <message>
            <source>the same file as {name}</source>
            <translation>el mismo archivo que {name}</translation>
        </message>
        <message>
            <source>the same UAN and date as {title}</source>
            <translation>el mismo UAN y la misma fecha que {title}</translation>
        </message>
    </context>
    <context>
        <name>certificates</name>
        <message>
            <source>the limit is 25 MB</source>
            <extracomment>The folder (in the data folder) of private copies of a team database's certificates. Leading bytes of the accepted file types -&gt; (media type, extension).</extracomment>
            <translation>el límite es de 25 MB</translation>
        </message>
        <message>
            <source>{file} is not a PDF, PNG or JPEG file</source>
            <translation>{file} no es un archivo PDF, PNG ni JPEG</translation>
        </message>
        <message>
            <source>Could not write a copy of the certificate to open in {folder}: {error}</source>
            <translation>No se pudo escribir una copia del certificado para abrirla en {folder}: {error}</translation>
        </message>
        <message>
            <source>Could not copy {file} into {folder}: {error}. Nothing was saved.</source>
            <translation>No se pudo copiar {file} en {folder}: {error}. No se guardó nada.</translation>
        </message>
        <message>
            <source>{file} grew past 25 MB</source>
            <translation>{file} creció más de 25 MB</translation>
        </message>
        <message>
            <source>Could not save the certificate in {folder}: {error}. Nothing was saved.</source>
            <translation>No se pudo guardar el certificado en {folder}: {error}. No se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>context</name>
        <message>
            <source>a team database is backed up on its server (pg_dump, by its administrator); rxtracker backs up and restores only the local records</source>
            <translation>la base de datos de un equipo se respalda en su servidor (pg_dump, a cargo de su administrador); rxtracker solo hace copias de seguridad de los registros locales y solo los restaura</translation>
        </message>
    </context>
    <context>
        <name>credential_items</name>
        <message>
            <source>{date} is in the future; record the item once it is done</source>
            <translation>{date} es una fecha futura; registre el elemento cuando esté hecho</translation>
        </message>
        <message>
            <source>{date} is before {earliest}</source>
            <translation>{date} es anterior al {earliest}</translation>
        </message>
        <message>
            <source>{type} has no non-hour requirement to record ({key} given)</source>
            <translation>{type} no tiene requisitos que no sean de horas para registrar (se indicó {key})</translation>
        </message>
        <message>
            <source>{key} is not a requirement of {type}; known: {known}</source>
            <translation>{key} no es un requisito de {type}; conocidos: {known}</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>id {id}, expires {date}</source>
            <translation>id {id}, vence el {date}</translation>
        </message>
        <message>
            <source>id {id}</source>
            <translation>id {id}</translation>
        </message>
        <message>
            <source>{person} already holds {credential} ({held}); a new cycle is a renewal: `rxtracker credential renew {id} --expires DATE`, or Renew… on the Credentials page, keeps the finished cycle as a past cycle</source>
            <translation>{person} ya tiene {credential} ({held}); un nuevo ciclo es una renovación: `rxtracker credential renew {id} --expires FECHA`, o Renovar… en la página Credenciales, guarda el ciclo terminado como ciclo anterior</translation>
        </message>
        <message>
            <source>{date} is in the future</source>
            <translation>{date} es una fecha futura</translation>
        </message>
        <message>
            <source>it does not expire, so there is no renewal to record</source>
            <translation>no vence, así que no hay ninguna renovación que registrar</translation>
        </message>
        <message>
            <source>{date} is not after the current expiration date {old}</source>
            <translation>{date} no es posterior a la fecha de vencimiento actual, {old}</translation>
        </message>
        <message>
            <source>{date} is after the new expiration date {expires}</source>
            <translation>{date} es posterior a la nueva fecha de vencimiento, {expires}</translation>
        </message>
        <message>
            <source>{credential} renews every {months} months; give its expiration date (YYYY-MM-DD)</source>
            <translation>{credential} se renueva cada {months} meses; indique su fecha de vencimiento (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>{type} is not held on its own; record {variant} (its rules apply by themselves once that credential lapses)</source>
            <translation>{type} no se tiene por sí sola; registre {variant} (sus reglas se aplican solas cuando esa credencial vence)</translation>
        </message>
        <message>
            <source>{credential} is a {state} credential, not {given}</source>
            <translation>{credential} es una credencial de {state}, no de {given}</translation>
        </message>
    </context>
    <context>
        <name>custom_types</name>
        <message>
            <source>a credential type {id} already exists</source>
            <extracomment>The catalog's own limits: a custom type passes the same strict checks as a catalog file. Custom rules apply to every cycle, however old.</extracomment>
            <translation>ya existe un tipo de credencial {id}</translation>
        </message>
        <message>
            <source>{count} credential(s) use {type}; delete or change them first</source>
            <translation>{count} credencial(es) usan {type}; elimínelas o cámbielas primero</translation>
        </message>
        <message>
            <source>Total hours</source>
            <translation>Horas totales</translation>
        </message>
        <message>
            <source>{months} must be 1 to {most}</source>
            <translation>{months} debe estar entre 1 y {most}</translation>
        </message>
        <message>
            <source>{hours} must be 0 to {most} (0: no CE hours)</source>
            <translation>{hours} debe estar entre 0 y {most} (0: sin horas de EC)</translation>
        </message>
        <message>
            <source>a type with 0 total hours has no minimums by subject</source>
            <translation>un tipo con 0 horas totales no tiene mínimos por tema</translation>
        </message>
        <message>
            <source>give either a tag or an ACPE topic designator, not both</source>
            <translation>indique una etiqueta o un tema de ACPE, no ambos</translation>
        </message>
        <message>
            <source>{hours} hours must be more than 0 and at most {total}</source>
            <translation>{hours} horas deben ser más de 0 y como máximo {total}</translation>
        </message>
        <message>
            <source>topic {topic} must be two digits, like 03 (ACPE's: {known})</source>
            <translation>el tema {topic} debe tener dos dígitos, como 03 (los de ACPE: {known})</translation>
        </message>
        <message>
            <source>ACPE topic {topic}</source>
            <translation>Tema de ACPE {topic}</translation>
        </message>
        <message>
            <source>Tagged {tag}</source>
            <translation>Con la etiqueta {tag}</translation>
        </message>
        <message>
            <source>{name} needs at least one letter or digit</source>
            <translation>{name} necesita al menos una letra o un dígito</translation>
        </message>
    </context>
    <context>
        <name>experience</name>
        <message>
            <source>{date} is in the future</source>
            <translation>{date} es una fecha futura</translation>
        </message>
        <message>
            <source>{date} is before {earliest}</source>
            <translation>{date} es anterior al {earliest}</translation>
        </message>
        <message>
            <source>{date} is before the start {start}</source>
            <translation>{date} es anterior al inicio, {start}</translation>
        </message>
        <message>
            <source>{date} is in the future; leave the end empty for a current job</source>
            <translation>{date} es una fecha futura; deje el fin vacío si es su trabajo actual</translation>
        </message>
        <message>
            <source>{hours} must be {least} to {most}</source>
            <translation>{hours} debe estar entre {least} y {most}</translation>
        </message>
        <message>
            <source>are longer than {limit} characters together</source>
            <translation>suman más de {limit} caracteres</translation>
        </message>
    </context>
    <context>
        <name>exports</name>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Activity ID</source>
            <translation>ID de la actividad</translation>
        </message>
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
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>ACPE UAN</source>
            <translation>UAN de ACPE</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Recognized program</source>
            <translation>Programa reconocido</translation>
        </message>
        <message>
            <source>Seen in CPE Monitor on</source>
            <translation>Visto en CPE Monitor el</translation>
        </message>
        <message>
            <source>Import batch</source>
            <translation>Lote de importación</translation>
        </message>
        <message>
            <source>Certificate files</source>
            <translation>Archivos de certificados</translation>
        </message>
        <message>
            <source>Certificate SHA-256</source>
            <translation>SHA-256 del certificado</translation>
        </message>
        <message>
            <source>Supervisor's check</source>
            <translation>Revisión del supervisor</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Revisado por</translation>
        </message>
        <message>
            <source>Checked at (UTC)</source>
            <translation>Revisado a las (UTC)</translation>
        </message>
        <message>
            <source>Check note</source>
            <translation>Nota de la revisión</translation>
        </message>
        <message>
            <source>Reported by an archive (not checked here)</source>
            <translation>Informado por un archivo comprimido (no revisado aquí)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <source>team</source>
            <extracomment>Reminder lead times in days (an app default, not a board rule): a supervisor's spreadsheet turns yellow at 60 days and red at 30 (see shared/domain/users.md).</extracomment>
            <translation>equipo</translation>
        </message>
        <message>
            <source>rxtracker renewals: {name}</source>
            <translation>Renovaciones de rxtracker: {name}</translation>
        </message>
        <message>
            <source>{credential} (No. {number})</source>
            <translation>{credential} (N.º {number})</translation>
        </message>
        <message>
            <source>As of {date}: {status}.</source>
            <translation>Al {date}: {status}.</translation>
        </message>
        <message>
            <source> Still missing: {missing}.</source>
            <translation> Todavía falta: {missing}.</translation>
        </message>
        <message>
            <source>{person}'s {credential} expires on {date}. </source>
            <translation>La credencial {credential} de {person} vence el {date}. </translation>
        </message>
        <message>
            <source>{person}: {credential} {event}</source>
            <translation>{person}: {credential} {event}</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>{type} (not in this catalog)</source>
            <extracomment>ActivityRow field -&gt; how it is stored (tags, certificates and the checker's name aside). The person table's columns a ``PersonRow`` is made of, in its fields' order. The credential table's columns read with a credential: a ``CredentialRow``'s (its type's name aside) and what the engine's ``CredentialFact`` adds. The certificate columns an ``AttachmentRow`` is made of, in its fields' order.</extracomment>
            <translation>{type} (no está en este catálogo)</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Cambiado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>name</source>
            <extracomment>Field names in English words (``FieldChange.field``); the stored names are the columns. Each field's name as a person reads it, by its name in English words (a field not listed, from a column added later, is shown by that name).</extracomment>
            <translation>el nombre</translation>
        </message>
        <message>
            <source>email</source>
            <translation>el correo electrónico</translation>
        </message>
        <message>
            <source>role</source>
            <translation>el rol</translation>
        </message>
        <message>
            <source>home state</source>
            <translation>el estado de residencia</translation>
        </message>
        <message>
            <source>NABP e-Profile ID</source>
            <translation>el NABP e-Profile ID</translation>
        </message>
        <message>
            <source>ptcb number</source>
            <translation>el número de PTCB</translation>
        </message>
        <message>
            <source>nha number</source>
            <translation>el número de NHA</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>las notas</translation>
        </message>
        <message>
            <source>active</source>
            <translation>el estado activo</translation>
        </message>
        <message>
            <source>person id</source>
            <translation>el id de la persona</translation>
        </message>
        <message>
            <source>credential type</source>
            <translation>el tipo de credencial</translation>
        </message>
        <message>
            <source>number</source>
            <translation>el número</translation>
        </message>
        <message>
            <source>state</source>
            <translation>el estado</translation>
        </message>
        <message>
            <source>issued on</source>
            <translation>la fecha de emisión</translation>
        </message>
        <message>
            <source>expires</source>
            <translation>el vencimiento</translation>
        </message>
        <message>
            <source>cycle start</source>
            <translation>el comienzo del ciclo</translation>
        </message>
        <message>
            <source>status notes</source>
            <translation>las notas sobre el estado</translation>
        </message>
        <message>
            <source>initial cycle</source>
            <translation>el primer período de registro</translation>
        </message>
        <message>
            <source>title</source>
            <translation>el título</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>el proveedor</translation>
        </message>
        <message>
            <source>date</source>
            <translation>la fecha</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>las horas</translation>
        </message>
        <message>
            <source>UAN</source>
            <translation>el UAN</translation>
        </message>
        <message>
            <source>CEUs</source>
            <translation>las CEU</translation>
        </message>
        <message>
            <source>format</source>
            <translation>el formato</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>el tema</translation>
        </message>
        <message>
            <source>audience</source>
            <translation>el público</translation>
        </message>
        <message>
            <source>category</source>
            <translation>la categoría</translation>
        </message>
        <message>
            <source>source</source>
            <translation>el origen</translation>
        </message>
        <message>
            <source>recognized program</source>
            <translation>el programa reconocido</translation>
        </message>
        <message>
            <source>cpe monitor seen on</source>
            <translation>la fecha en que apareció en CPE Monitor</translation>
        </message>
        <message>
            <source>import</source>
            <translation>la importación</translation>
        </message>
        <message>
            <source>verification</source>
            <translation>la verificación</translation>
        </message>
        <message>
            <source>verified by (person id)</source>
            <translation>la persona que verificó (id)</translation>
        </message>
        <message>
            <source>verified by (login)</source>
            <translation>el usuario que verificó</translation>
        </message>
        <message>
            <source>verified at</source>
            <translation>la fecha de verificación</translation>
        </message>
        <message>
            <source>verification note</source>
            <translation>la nota de verificación</translation>
        </message>
        <message>
            <source>archive report (not a check made here)</source>
            <translation>el informe del archivo de registros (no es una revisión hecha aquí)</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>las etiquetas</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>los certificados</translation>
        </message>
        <message>
            <source>import file</source>
            <translation>el archivo importado</translation>
        </message>
        <message>
            <source>activities imported (ids)</source>
            <translation>las actividades importadas (ids)</translation>
        </message>
        <message>
            <source>renewal applied</source>
            <translation>el envío de la solicitud de renovación</translation>
        </message>
        <message>
            <source>renewal returned</source>
            <translation>la devolución de la solicitud de renovación</translation>
        </message>
        <message>
            <source>renewal resubmitted</source>
            <translation>el reenvío de la solicitud de renovación</translation>
        </message>
        <message>
            <source>renewal approved</source>
            <translation>la aprobación de la renovación</translation>
        </message>
        <message>
            <source>renewal confirmed</source>
            <translation>la confirmación para la renovación</translation>
        </message>
        <message>
            <source>audit notice</source>
            <translation>el aviso de auditoría</translation>
        </message>
        <message>
            <source>audit documents sent</source>
            <translation>el envío de los documentos de la auditoría</translation>
        </message>
        <message>
            <source>audit outcome</source>
            <translation>el resultado de la auditoría</translation>
        </message>
        <message>
            <source>yes</source>
            <extracomment>The values this module writes itself (JSON keeps them in English), and their words.</extracomment>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>technicians</source>
            <extracomment>Fields whose stored codes have their own words in the domain (``Role.label``). Stored codes in words, by field (JSON keeps the codes).</extracomment>
            <translation>técnicos</translation>
        </message>
        <message>
            <source>pharmacists</source>
            <translation>farmacéuticos</translation>
        </message>
        <message>
            <source>home study</source>
            <translation>a distancia</translation>
        </message>
        <message>
            <source>live</source>
            <translation>en vivo</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>typed in</source>
            <translation>escrito a mano</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importado</translation>
        </message>
        <message>
            <source>ACPE-accredited</source>
            <translation>acreditado por ACPE</translation>
        </message>
        <message>
            <source>college course</source>
            <translation>curso universitario</translation>
        </message>
        <message>
            <source>in-service</source>
            <translation>capacitación en servicio</translation>
        </message>
        <message>
            <source>employer training</source>
            <translation>capacitación del empleador</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otra</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>aún sin revisar</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificada</translation>
        </message>
        <message>
            <source>sent back</source>
            <translation>devuelta</translation>
        </message>
        <message>
            <source>received {date}, documents due {due}</source>
            <translation>recibido el {date}, documentos antes del {due}</translation>
        </message>
        <message>
            <source>passed on {date}</source>
            <translation>aprobada el {date}</translation>
        </message>
        <message>
            <source>not passed on {date}</source>
            <translation>no aprobada el {date}</translation>
        </message>
        <message>
            <source>fee ${fee}</source>
            <translation>cuota de ${fee}</translation>
        </message>
        <message>
            <source>new expiration {date}</source>
            <translation>nuevo vencimiento el {date}</translation>
        </message>
        <message>
            <source>{login} (as {person})</source>
            <translation>{login} (como {person})</translation>
        </message>
        <message>
            <source>{record} is not one of {known}</source>
            <translation>{record} no es uno de estos: {known}</translation>
        </message>
    </context>
    <context>
        <name>imports</name>
        <message>
            <source>{added} added, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</source>
            <translation>{added} agregadas, {merged} combinadas, {skipped} omitidas por duplicadas, {rejected} rechazadas</translation>
        </message>
        <message>
            <source>{counts} ({blank} blank rows ignored)</source>
            <translation>{counts} ({blank} filas vacías no tenidas en cuenta)</translation>
        </message>
    </context>
    <context>
        <name>inputs</name>
        <message>
            <source>is empty</source>
            <extracomment>The longest text accepted, in characters, typed or read from an archive alike.</extracomment>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>is {length} characters long; the limit is {limit}</source>
            <translation>tiene {length} caracteres; el límite es {limit}</translation>
        </message>
        <message>
            <source>{value} is not a US state code such as TX or FL</source>
            <translation>{value} no es un código de estado de EE. UU. como TX o FL</translation>
        </message>
        <message>
            <source>{value} must be letters, digits and dashes (like texas-law)</source>
            <translation>{value} debe tener solo letras, dígitos y guiones (como texas-law)</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address</source>
            <translation>{email} no es una dirección de correo electrónico</translation>
        </message>
        <message>
            <source>{date} is after the expiration date {expires}</source>
            <extracomment>The holder says the current cycle is the first registration period (several boards waive or prorate CE then); without it rxtracker infers it from ``issued_on``.</extracomment>
            <translation>{date} es posterior a la fecha de vencimiento, {expires}</translation>
        </message>
        <message>
            <source>{hours} must be more than 0</source>
            <extracomment>Catalog id of the credential this activity is the PTCB-recognized program for (checked against the catalog by the service).</extracomment>
            <translation>{hours} debe ser mayor que 0</translation>
        </message>
        <message>
            <source>{hours} is more than {most} hours for one activity; check the number</source>
            <translation>{hours} son más de {most} horas para una sola actividad; revise el número</translation>
        </message>
        <message>
            <source>{date} is in the future; log CE once it is completed</source>
            <translation>{date} es una fecha futura; registre la EC cuando la haya terminado</translation>
        </message>
        <message>
            <source>{date} is before {earliest}</source>
            <translation>{date} es anterior al {earliest}</translation>
        </message>
    </context>
    <context>
        <name>instance</name>
        <message>
            <source>rxtracker cannot {action} now: the desktop app (process {pid}) has the records in {folder} open (it holds {lock}). Its next saves would be lost. Close it, then try again. Nothing was changed.</source>
            <translation>rxtracker no puede {action} ahora: la aplicación de escritorio (proceso {pid}) tiene abiertos los registros de {folder} (tiene {lock}). Lo que guarde después se perdería. Ciérrela y vuelva a intentarlo. No se cambió nada.</translation>
        </message>
        <message>
            <source>rxtracker cannot {action} now: the desktop app has the records in {folder} open (it holds {lock}). Its next saves would be lost. Close it, then try again. Nothing was changed.</source>
            <translation>rxtracker no puede {action} ahora: la aplicación de escritorio tiene abiertos los registros de {folder} (tiene {lock}). Lo que guarde después se perdería. Ciérrela y vuelva a intentarlo. No se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>pathways</name>
        <message>
            <source>{program} is not a PTCB-recognized program rxtracker knows (known: {known})</source>
            <translation>{program} no es un programa reconocido por PTCB que rxtracker conozca (conocidos: {known})</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <source>{name} is already recorded here (id {id})</source>
            <translation>{name} ya está registrado aquí (id {id})</translation>
        </message>
        <message>
            <source>{name} is already recorded here (id {id}, deactivated: reactivate them instead?)</source>
            <translation>{name} ya está registrado aquí (id {id}, desactivado: ¿prefiere reactivarlo?)</translation>
        </message>
        <message>
            <source>1 activity</source>
            <translation>1 actividad</translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n actividad</numerusform>
                <numerusform>%n actividades</numerusform>
            </translation>
        </message>
        <message>
            <source>{credentials} and {activities}</source>
            <translation>{credentials} y {activities}</translation>
        </message>
        <message numerus="yes">
            <source>%n credential(s)</source>
            <translation>
                <numerusform>%n credencial</numerusform>
                <numerusform>%n credenciales</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>people_read</name>
        <message numerus="yes">
            <source>%n people match {text}; use the id: {ids}</source>
            <translation>
                <numerusform>%n persona coincide con {text}; use el id: {ids}</numerusform>
                <numerusform>%n personas coinciden con {text}; use el id: {ids}</numerusform>
            </translation>
        </message>
        <message>
            <source>no person named {text}; did you mean {names}?</source>
            <translation>no hay ninguna persona llamada {text}; ¿quiso decir {names}?</translation>
        </message>
        <message>
            <source>no person named {text} (see `rxtracker person list`)</source>
            <translation>no hay ninguna persona llamada {text} (vea `rxtracker person list`)</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
    </context>
    <context>
        <name>person_archive</name>
        <message>
            <source>the certificate {name} is not in the archive</source>
            <extracomment>``import_batch.kind`` of a person archive's import (a file import's is its ImportKind). Names of the folders a person archive is unpacked into (in the data folder). What importing a person archive writes: the person and all their records.</extracomment>
            <translation>el certificado {name} no está en el archivo de registros</translation>
        </message>
        <message>
            <source>the certificate {name} is not the file recorded</source>
            <translation>el certificado {name} no es el archivo registrado</translation>
        </message>
        <message>
            <source>{file} holds records that do not fit together ({error})</source>
            <translation>{file} contiene registros que no concuerdan entre sí ({error})</translation>
        </message>
        <message>
            <source>{file} holds a value rxtracker cannot read ({error})</source>
            <translation>{file} contiene un valor que rxtracker no puede leer ({error})</translation>
        </message>
        <message>
            <source>this archive holds {name}'s records, and you are {you}</source>
            <translation>este archivo contiene los registros de {name}, y usted es {you}</translation>
        </message>
        <message>
            <source>{name} already has records here; nothing was imported</source>
            <translation>{name} ya tiene registros aquí; no se importó nada</translation>
        </message>
        <message>
            <source>{problem}; nothing was imported</source>
            <translation>{problem}; no se importó nada</translation>
        </message>
    </context>
    <context>
        <name>ready</name>
        <message>
            <source>CPE Monitor has my birth month and day right</source>
            <extracomment>What the technician can confirm, with the checklist line it ticks (translated where shown).</extracomment>
            <translation>CPE Monitor tiene bien mi mes y día de nacimiento</translation>
        </message>
        <message>
            <source>My PTCB number is on my NABP e-Profile</source>
            <translation>Mi número de PTCB está en mi NABP e-Profile</translation>
        </message>
        <message>
            <source>{what} must be one of {known}</source>
            <translation>{what} debe ser uno de estos: {known}</translation>
        </message>
    </context>
    <context>
        <name>reconcile</name>
        <message>
            <source>not in CPE Monitor {days} days after completion, past the {window}-day limit providers have to report: contact the provider, or PTCB may not see it</source>
            <translation>no está en CPE Monitor {days} días después de completarla, pasado el plazo de {window} días que tienen los proveedores para informarla: comuníquese con el proveedor, o puede que PTCB no la vea</translation>
        </message>
        <message>
            <source>not yet in CPE Monitor after {days} days: providers have {window} days to report; NABP advises contacting the provider now</source>
            <translation>todavía no está en CPE Monitor después de {days} días: los proveedores tienen {window} días para informarla; NABP aconseja comunicarse ya con el proveedor</translation>
        </message>
        <message numerus="yes">
            <source>not yet in CPE Monitor: providers have {window} days to report (%n day(s) left)</source>
            <translation>
                <numerusform>todavía no está en CPE Monitor: los proveedores tienen {window} días para informarla (queda %n día)</numerusform>
                <numerusform>todavía no está en CPE Monitor: los proveedores tienen {window} días para informarla (quedan %n días)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>removal</name>
        <message>
            <source>{credential} no. {number}</source>
            <extracomment>One record as it was: its table's name and every column's value.</extracomment>
            <translation>{credential} n.º {number}</translation>
        </message>
        <message>
            <source>{credential}, expires {date}</source>
            <translation>{credential}, vence el {date}</translation>
        </message>
        <message>
            <source>{credential}, does not expire</source>
            <translation>{credential}, no vence</translation>
        </message>
        <message>
            <source>the change history has no removed {record} {id}</source>
            <translation>el historial de cambios no tiene ningún registro eliminado de {record} {id}</translation>
        </message>
        <message>
            <source>{record} {id}</source>
            <translation>{record} {id}</translation>
        </message>
        <message>
            <source>{record} {id} is not removed</source>
            <translation>{record} {id} no está eliminado</translation>
        </message>
        <message>
            <source>{name} with {records}</source>
            <translation>{name} con {records}</translation>
        </message>
    </context>
    <context>
        <name>renewal</name>
        <message>
            <source>{date} is in the future</source>
            <extracomment>What must come last before each step (None: anything, or nothing at all).</extracomment>
            <translation>{date} es una fecha futura</translation>
        </message>
        <message>
            <source>it does not expire, so there is no renewal to apply for</source>
            <translation>no vence, así que no hay ninguna renovación que solicitar</translation>
        </message>
        <message>
            <source>{date} is before the last step ({step} on {last})</source>
            <translation>{date} es anterior al último paso ({step} el {last})</translation>
        </message>
        <message>
            <source>this renewal was already {step} on {date}</source>
            <translation>esta renovación ya quedó en {step} el {date}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>{step} comes after {after}; it was last {last} on {date}</source>
            <translation>{step} va después de {after}; el último paso fue {last} el {date}</translation>
        </message>
        <message>
            <source>{step} comes after {after}; nothing was recorded yet</source>
            <translation>{step} va después de {after}; todavía no se registró nada</translation>
        </message>
        <message>
            <source>{text} is not an amount of dollars, like 55</source>
            <translation>{text} no es una cantidad en dólares, como 55</translation>
        </message>
    </context>
    <context>
        <name>repeats</name>
        <message>
            <source>{title} (UAN {uan}, {date}) is already logged as activity {id}</source>
            <translation>{title} (UAN {uan}, {date}) ya está registrada como la actividad {id}</translation>
        </message>
        <message>
            <source>UAN {uan} is already logged in this {credential} cycle ({start} to {end}): {title}, {date}, activity {id}; CPE Monitor records a UAN once per cycle</source>
            <translation>el UAN {uan} ya está registrado en este ciclo de {credential} (del {start} al {end}): {title}, {date}, actividad {id}; CPE Monitor registra un UAN una sola vez por ciclo</translation>
        </message>
        <message>
            <source>Repeat: {title} ({date}, activity {id}) has the UAN {uan} of {first} ({first_date}, activity {first_id}) in this cycle; CPE Monitor records a UAN once per cycle.</source>
            <translation>Repetición: {title} ({date}, actividad {id}) tiene el UAN {uan} de {first} ({first_date}, actividad {first_id}) en este ciclo; CPE Monitor registra un UAN una sola vez por ciclo.</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>{credential} does not expire: it has no renewal cycle to audit</source>
            <translation>{credential} no vence: no tiene ningún ciclo de renovación que auditar</translation>
        </message>
        <message>
            <source>Current cycle</source>
            <translation>Ciclo actual</translation>
        </message>
        <message>
            <source>Previous cycle</source>
            <translation>Ciclo anterior</translation>
        </message>
        <message>
            <source>{topic}: {hours}</source>
            <translation>{topic}: {hours}</translation>
        </message>
        <message>
            <source>{name} holds no credential; add one with `rxtracker credential add`</source>
            <translation>{name} no tiene ninguna credencial; agregue una con `rxtracker credential add`</translation>
        </message>
        <message>
            <source>{name} holds no {type} credential (holds: {held})</source>
            <translation>{name} no tiene ninguna credencial {type} (tiene: {held})</translation>
        </message>
        <message>
            <source>{credential} has no renewal cycles</source>
            <translation>{credential} no tiene ciclos de renovación</translation>
        </message>
        <message>
            <source>there is no previous cycle: the credential was issued on {date}</source>
            <translation>no hay ciclo anterior: la credencial se emitió el {date}</translation>
        </message>
        <message>
            <source>PTCB number</source>
            <translation>Número de PTCB</translation>
        </message>
        <message>
            <source>NHA number</source>
            <translation>Número de NHA</translation>
        </message>
        <message>
            <source>required</source>
            <translation>obligatorio</translation>
        </message>
        <message>
            <source>at most {hours}</source>
            <translation>como máximo {hours}</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Límite</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Completo</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>Exento</translation>
        </message>
        <message>
            <source>Not met (if it applies)</source>
            <translation>No cumplido (si corresponde)</translation>
        </message>
        <message>
            <source>Missing {hours}</source>
            <translation>Faltan {hours}</translation>
        </message>
    </context>
    <context>
        <name>restore_journal</name>
        <message>
            <source>Another rxtracker is restoring a backup into {folder} right now. Try again in a minute.</source>
            <extracomment>A journal younger than this may belong to a restore another rxtracker is doing right now.</extracomment>
            <translation>Otro rxtracker está restaurando una copia de seguridad en {folder} en este momento. Vuelva a intentarlo en un minuto.</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <source>{added} added, {merged} merged, {skipped} skipped, {rejected} rejected</source>
            <translation>agregadas: {added}, combinadas: {merged}, omitidas: {skipped}, rechazadas: {rejected}</translation>
        </message>
        <message>
            <source>new person with {type}</source>
            <translation>persona nueva con {type}</translation>
        </message>
        <message>
            <source>new person</source>
            <translation>persona nueva</translation>
        </message>
        <message>
            <source>{name} already holds {type}</source>
            <translation>{name} ya tiene {type}</translation>
        </message>
        <message>
            <source>{name} is already recorded</source>
            <translation>{name} ya está registrado</translation>
        </message>
        <message>
            <source>adds {type} to {name}</source>
            <translation>agrega {type} a {name}</translation>
        </message>
        <message>
            <source>is not valid</source>
            <translation>no es válido</translation>
        </message>
        <message>
            <source>{text} is not technician, lead or supervisor</source>
            <translation>{text} no es technician, lead ni supervisor</translation>
        </message>
        <message>
            <source>{text} is not a credential rxtracker knows (see `rxtracker credential types`)</source>
            <translation>{text} no es una credencial que rxtracker conozca (vea `rxtracker credential types`)</translation>
        </message>
    </context>
    <context>
        <name>rows</name>
        <message>
            <source>{state} by {who}</source>
            <extracomment>How long services report how far they got: ``progress(done, total)``; it may raise to stop the work (inside a transaction, nothing is then written).</extracomment>
            <translation>{state} por {who}</translation>
        </message>
        <message>
            <source>{state} on {date}</source>
            <translation>{state} el {date}</translation>
        </message>
        <message>
            <source>Not checked here; {report}</source>
            <extracomment>What another workplace's archive reported (its check, CPE Monitor), in words; never a check made here. "" when the activity did not come from an archive reporting one.</extracomment>
            <translation>No revisada aquí; {report}</translation>
        </message>
        <message>
            <source>{state}: {note}</source>
            <translation>{state}: {note}</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>Nobody needs attention</source>
            <extracomment>Most urgent first: what a supervisor must act on before anything else. The renewal application or audit in a word or two ("Applied", "Returned", "Audit: send documents"); "" when nothing is under way (issue 20). The standing behind ``phase`` (which is its honest phase: never on track while behind the even pace or with a required course missing), for the status words.</extracomment>
            <translation>Nadie necesita atención</translation>
        </message>
        <message>
            <source>1 person needs attention (credentials: {counts})</source>
            <translation>1 persona necesita atención (credenciales: {counts})</translation>
        </message>
        <message numerus="yes">
            <source>%n people need attention (credentials: {counts})</source>
            <translation>
                <numerusform>%n persona necesita atención (credenciales: {counts})</numerusform>
                <numerusform>%n personas necesitan atención (credenciales: {counts})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due within {days} days</source>
            <translation>
                <numerusform>%n vence en los próximos {days} días</numerusform>
                <numerusform>%n vencen en los próximos {days} días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past the deadline</source>
            <translation>
                <numerusform>%n con la fecha límite pasada</numerusform>
                <numerusform>%n con la fecha límite pasada</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lapsed</source>
            <translation>
                <numerusform>%n vencida</numerusform>
                <numerusform>%n vencidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n caducada</numerusform>
                <numerusform>%n caducadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at risk</source>
            <translation>
                <numerusform>%n en riesgo</numerusform>
                <numerusform>%n en riesgo</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>team_report</name>
        <message>
            <source>Team compliance report</source>
            <translation>Informe del equipo sobre cumplimiento</translation>
        </message>
    </context>
    <context>
        <name>team_signin</name>
        <message>
            <source>enter the team database's host</source>
            <extracomment>The keyring's service name for every rxtracker password.</extracomment>
            <translation>escriba el servidor de la base de datos del equipo</translation>
        </message>
        <message>
            <source>enter the team database's database</source>
            <translation>escriba el nombre de la base de datos del equipo</translation>
        </message>
        <message>
            <source>enter your login</source>
            <translation>escriba su usuario</translation>
        </message>
        <message>
            <source>{port} is not a port (1 to 65535; usually 5432)</source>
            <translation>{port} no es un puerto (de 1 a 65535; por lo general, 5432)</translation>
        </message>
        <message>
            <source>The password could not be kept in the system keyring ({error}); type it next time.</source>
            <translation>No se pudo guardar la contraseña en el llavero del sistema ({error}); escríbala la próxima vez.</translation>
        </message>
        <message>
            <source>Team database {database} on {host}:{port} as {login}</source>
            <translation>Base de datos del equipo {database} en {host}:{port} como {login}</translation>
        </message>
    </context>
    <context>
        <name>type_names</name>
        <message>
            <source>{text} could be {listed}; give the id</source>
            <translation>{text} podría ser {listed}; indique el id</translation>
        </message>
        <message>
            <source>no credential type is called {text}; did you mean {names}? `rxtracker credential types` lists them</source>
            <translation>ningún tipo de credencial se llama {text}; ¿quiso decir {names}? `rxtracker credential types` los muestra</translation>
        </message>
        <message>
            <source>no credential type is called {text}; `rxtracker credential types` lists them</source>
            <translation>ningún tipo de credencial se llama {text}; `rxtracker credential types` los muestra</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
    </context>
    <context>
        <name>verification</name>
        <message>
            <source>a person cannot verify or send back their own activity</source>
            <translation>una persona no puede verificar ni devolver su propia actividad</translation>
        </message>
    </context>
</TS>
