<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>argparse_words</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos obligatorios: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>se requiere uno de los argumentos %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ignoró el argumento explícito %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como máximo un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>se esperaba %s argumento</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>se esperaban %s argumentos</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>cadena de opción inesperada: %s</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>no se puede abrir '%(filename)s': %(error)s</translation>
        </message>
    </context>
    <context>
        <name>certificates</name>
        <message>
            <source>Title</source>
            <extracomment>Each field that ``ce add`` takes from a certificate: its option and how it is shown.</extracomment>
            <translation>Título</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Date completed</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>Contact hours</source>
            <translation>Horas de contacto</translation>
        </message>
        <message>
            <source>UAN</source>
            <translation>UAN</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>e-Profile ID</source>
            <translation>ID de e-Profile</translation>
        </message>
        <message>
            <source>read a certificate (PDF, PNG or JPEG) and print what it says; writes nothing</source>
            <extracomment>Fields an activity cannot be logged without.</extracomment>
            <translation>lee un certificado (PDF, PNG o JPEG) y muestra lo que dice; no escribe nada</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>Read from {file}:</source>
            <translation>Leído de {file}:</translation>
        </message>
        <message>
            <source>(not found)</source>
            <translation>(no encontrado)</translation>
        </message>
        <message>
            <source>   &lt;- not sure: check it</source>
            <translation>   &lt;- dudoso: revíselo</translation>
        </message>
        <message>
            <source>{field} could not be read from {file}; give it with {option}</source>
            <translation>no se pudo leer el campo {field} en {file}; indíquelo con {option}</translation>
        </message>
        <message>
            <source>{field} read as {value} but not sure; check it and give it with {option}</source>
            <translation>el campo {field} se leyó como {value}, pero no es seguro; revíselo e indíquelo con {option}</translation>
        </message>
        <message>
            <source>give --certificate or --from-certificate, not both</source>
            <translation>indique --certificate o --from-certificate, no ambos</translation>
        </message>
        <message>
            <source>rxtracker: warning: the certificate is made out to {participant}, not {name}</source>
            <translation>rxtracker: aviso: el certificado está a nombre de {participant}, no de {name}</translation>
        </message>
        <message>
            <source>is required: give {option} (or --from-certificate FILE)</source>
            <translation>dato obligatorio: indíquelo con {option} (o --from-certificate FILE)</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>add a person</source>
            <translation>agregar una persona</translation>
        </message>
        <message>
            <source>home state, two letters (TX)</source>
            <translation>estado de residencia, dos letras (TX)</translation>
        </message>
        <message>
            <source>add a second person although somebody has this name</source>
            <translation>agregar una segunda persona aunque alguien ya tenga este nombre</translation>
        </message>
        <message>
            <source>list people</source>
            <translation>listar las personas</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>record a credential</source>
            <translation>registrar una credencial</translation>
        </message>
        <message>
            <source>name or id</source>
            <translation>nombre o id</translation>
        </message>
        <message>
            <source>credential type id (see `credential types`)</source>
            <translation>id del tipo de credencial (vea `credential types`)</translation>
        </message>
        <message>
            <source>required for a credential that renews; leave out for one that never expires (PTCB assessment-based certificates)</source>
            <translation>obligatorio para una credencial que se renueva; omítalo si nunca vence (certificados de evaluación de PTCB)</translation>
        </message>
        <message>
            <source>two letters, for a state registration</source>
            <translation>dos letras, para un registro estatal</translation>
        </message>
        <message>
            <source>the current cycle is the first registration period (several boards waive or prorate CE then; otherwise read from --issued)</source>
            <translation>el ciclo actual es el primer período de registro (varias juntas eximen o prorratean la EC entonces; si no, se deduce de --issued)</translation>
        </message>
        <message>
            <source>list a person's credentials</source>
            <translation>listar las credenciales de una persona</translation>
        </message>
        <message>
            <source>name or id (default: all)</source>
            <translation>nombre o id (predeterminado: todas)</translation>
        </message>
        <message>
            <source>list the credential types rxtracker knows</source>
            <translation>listar los tipos de credencial que rxtracker conoce</translation>
        </message>
        <message>
            <source>log a CE activity</source>
            <translation>registrar una actividad de EC</translation>
        </message>
        <message>
            <source>required unless read with --from-certificate</source>
            <translation>obligatorio salvo que se lea con --from-certificate</translation>
        </message>
        <message>
            <source>completion date (required, as --title)</source>
            <translation>fecha de finalización (obligatoria, como --title)</translation>
        </message>
        <message>
            <source>contact hours, e.g. 1.5 (required, as --title)</source>
            <translation>horas de contacto, p. ej. 1.5 (obligatorias, como --title)</translation>
        </message>
        <message>
            <source>read the fields not given from this certificate (PDF, PNG or JPEG) and attach it</source>
            <translation>leer de este certificado (PDF, PNG o JPEG) los datos no indicados y adjuntarlo</translation>
        </message>
        <message>
            <source>ACPE UAN, e.g. 0197-0000-24-001-H03-T</source>
            <translation>UAN de ACPE, p. ej. 0197-0000-24-001-H03-T</translation>
        </message>
        <message>
            <source>default: acpe with a UAN, other without</source>
            <translation>predeterminado: acpe con un UAN, other sin él</translation>
        </message>
        <message>
            <source>e.g. texas-law, human-trafficking (repeatable)</source>
            <translation>p. ej. texas-law, human-trafficking (se puede repetir)</translation>
        </message>
        <message>
            <source>PDF, PNG or JPEG</source>
            <translation>PDF, PNG o JPEG</translation>
        </message>
        <message>
            <source>this activity is the PTCB-recognized program for TYPE (e.g. ptcb-cert-tpv)</source>
            <translation>esta actividad es el programa reconocido por PTCB para TYPE (p. ej. ptcb-cert-tpv)</translation>
        </message>
        <message>
            <source>log it although its UAN is logged on that date or in the same cycle</source>
            <translation>registrarla aunque su UAN ya esté registrado en esa fecha o en el mismo ciclo</translation>
        </message>
        <message>
            <source>list a person's activities</source>
            <translation>listar las actividades de una persona</translation>
        </message>
        <message>
            <source>--same-name-ok adds a second person with this name</source>
            <translation>--same-name-ok agrega una segunda persona con este nombre</translation>
        </message>
        <message>
            <source>Added {name} (id {id}).</source>
            <translation>Se agregó a {name} (id {id}).</translation>
        </message>
        <message>
            <source>Added {type} for {name}, expiring {date} (id {id}).</source>
            <translation>Se agregó {type} para {name}, vence el {date} (id {id}).</translation>
        </message>
        <message>
            <source>Added {type} for {name}, with no expiration date (id {id}).</source>
            <translation>Se agregó {type} para {name}, sin fecha de vencimiento (id {id}).</translation>
        </message>
        <message>
            <source>--again logs it a second time</source>
            <translation>--again la registra por segunda vez</translation>
        </message>
        <message>
            <source>Logged {hours} for {name}: {title} (id {id}), certificate stored ({sha}…).</source>
            <translation>Actividad registrada para {name}: {title}, {hours} (id {id}), certificado guardado ({sha}…).</translation>
        </message>
        <message>
            <source>Logged {hours} for {name}: {title} (id {id}).</source>
            <translation>Actividad registrada para {name}: {title}, {hours} (id {id}).</translation>
        </message>
        <message>
            <source>* #{id}: not checked here; {report}</source>
            <translation>* #{id}: no se verificó aquí; {report}</translation>
        </message>
        <message>
            <source>elsewhere*</source>
            <translation>en otro lugar*</translation>
        </message>
    </context>
    <context>
        <name>corrections</name>
        <message>
            <source>delete a person with every record (asks first; deactivate keeps them)</source>
            <translation>eliminar una persona con todos sus registros (pregunta antes; deactivate los conserva)</translation>
        </message>
        <message>
            <source>name or id</source>
            <translation>nombre o id</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>no pedir confirmación</translation>
        </message>
        <message>
            <source>bring back a removed person with every record (from the history)</source>
            <translation>recuperar una persona eliminada con todos sus registros (desde el historial)</translation>
        </message>
        <message>
            <source>the person's id</source>
            <translation>el id de la persona</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>save only if nobody changed the record since it was at version N (--json shows it)</source>
            <translation>guardar solo si nadie cambió el registro desde la versión N (--json la muestra)</translation>
        </message>
        <message>
            <source>change a logged activity</source>
            <translation>cambiar una actividad registrada</translation>
        </message>
        <message>
            <source>the activity's id</source>
            <translation>el id de la actividad</translation>
        </message>
        <message>
            <source>completion date</source>
            <translation>fecha de finalización</translation>
        </message>
        <message>
            <source>contact hours, e.g. 1.5</source>
            <translation>horas de contacto, p. ej. 1.5</translation>
        </message>
        <message>
            <source>ACPE UAN ('' removes it)</source>
            <translation>UAN de ACPE ('' lo quita)</translation>
        </message>
        <message>
            <source>replaces the tags</source>
            <translation>reemplaza las etiquetas</translation>
        </message>
        <message>
            <source>delete an activity (ce restore undoes it)</source>
            <translation>eliminar una actividad (ce restore lo deshace)</translation>
        </message>
        <message>
            <source>bring back a deleted activity from the history</source>
            <translation>recuperar una actividad eliminada desde el historial</translation>
        </message>
        <message>
            <source>the deleted activity's id</source>
            <translation>el id de la actividad eliminada</translation>
        </message>
        <message>
            <source>store a certificate with an activity</source>
            <translation>guardar un certificado con una actividad</translation>
        </message>
        <message>
            <source>PDF, PNG or JPEG</source>
            <translation>PDF, PNG o JPEG</translation>
        </message>
        <message>
            <source>take the certificates off an activity</source>
            <translation>quitar los certificados de una actividad</translation>
        </message>
        <message>
            <source>correct a credential's details</source>
            <translation>corregir los datos de una credencial</translation>
        </message>
        <message>
            <source>the credential's id</source>
            <translation>el id de la credencial</translation>
        </message>
        <message>
            <source>two letters, for a state registration</source>
            <translation>dos letras, para un registro estatal</translation>
        </message>
        <message>
            <source>record a renewal (the past cycle is kept)</source>
            <translation>registrar una renovación (el ciclo anterior se conserva)</translation>
        </message>
        <message>
            <source>the new expiration</source>
            <translation>la nueva fecha de vencimiento</translation>
        </message>
        <message>
            <source>first day of the new cycle</source>
            <translation>primer día del nuevo ciclo</translation>
        </message>
        <message>
            <source>the day it was renewed (default today)</source>
            <translation>el día en que se renovó (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>remove a credential (its activities stay)</source>
            <translation>quitar una credencial (sus actividades se quedan)</translation>
        </message>
        <message>
            <source>do not ask (asked only at a terminal)</source>
            <translation>no preguntar (solo se pregunta en una terminal)</translation>
        </message>
        <message>
            <source>bring back a removed credential (from the history)</source>
            <translation>recuperar una credencial quitada (desde el historial)</translation>
        </message>
        <message>
            <source>activity {id} ({title}, {date}, {hours})</source>
            <translation>la actividad {id} ({title}, {date}, {hours})</translation>
        </message>
        <message>
            <source>name at least one field to change (see --help)</source>
            <translation>indique al menos un dato que cambiar (vea --help)</translation>
        </message>
        <message>
            <source>Saved {activity}.</source>
            <translation>Se guardó {activity}.</translation>
        </message>
        <message>
            <source>Deleted {activity}; `rxtracker ce restore {id}` brings it back.</source>
            <translation>Se eliminó {activity}; `rxtracker ce restore {id}` la recupera.</translation>
        </message>
        <message>
            <source>Restored {activity}. Its certificate, if it had one, is not kept by the history: `rxtracker ce attach {id} FILE` stores it again.</source>
            <translation>Se recuperó {activity}. El historial no conserva su certificado, si lo tenía: `rxtracker ce attach {id} FILE` lo vuelve a guardar.</translation>
        </message>
        <message>
            <source>Stored {file} with {activity}.</source>
            <translation>Se guardó {file} con {activity}.</translation>
        </message>
        <message>
            <source>Took {files} off {activity}.</source>
            <translation>Se quitó {files} de {activity}.</translation>
        </message>
        <message>
            <source>expires {date}</source>
            <translation>vence el {date}</translation>
        </message>
        <message>
            <source>does not expire</source>
            <translation>no vence</translation>
        </message>
        <message>
            <source>{type} no. {number} (id {id}, {until})</source>
            <translation>{type} n.º {number} (id {id}, {until})</translation>
        </message>
        <message>
            <source>{type} (id {id}, {until})</source>
            <translation>{type} (id {id}, {until})</translation>
        </message>
        <message>
            <source>Saved {credential}.</source>
            <translation>Se guardó {credential}.</translation>
        </message>
        <message>
            <source>Renewed {credential}; the past cycle is kept (credential list shows it).</source>
            <translation>Se renovó {credential}; el ciclo anterior se conserva (credential list lo muestra).</translation>
        </message>
        <message>
            <source>Remove {credential}? [y/N] </source>
            <translation>¿Quitar {credential}? [s/N] </translation>
        </message>
        <message>
            <source>Nothing was removed.</source>
            <translation>No se quitó nada.</translation>
        </message>
        <message>
            <source>Removed {credential}; its activities stay. `rxtracker credential restore {id}` brings it back.</source>
            <translation>Se quitó {credential}; sus actividades se quedan. `rxtracker credential restore {id}` la recupera.</translation>
        </message>
        <message>
            <source>Restored {credential} with its past cycles.</source>
            <translation>Se recuperó {credential} con sus ciclos anteriores.</translation>
        </message>
        <message>
            <source>Delete {name} (id {id}) with {what}? [y/N] </source>
            <translation>¿Eliminar a {name} (id {id}) con {what}? [s/N] </translation>
        </message>
        <message>
            <source>Removed {name} (id {id}) with {what}. `rxtracker person restore {id}` brings them back (certificate files aside).</source>
            <translation>Se eliminó a {name} (id {id}) con {what}. `rxtracker person restore {id}` los recupera (salvo los archivos de certificados).</translation>
        </message>
        <message>
            <source>Restored {name} (id {id}) with {what}.</source>
            <translation>Se recuperó a {name} (id {id}) con {what}.</translation>
        </message>
        <message>
            <source>y</source>
            <translation>s</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>the data folder to create (must hold no records); open it with `rxtracker --data-dir DIR`</source>
            <translation>la carpeta de datos que se creará (sin registros); ábrala con `rxtracker --data-dir DIR`</translation>
        </message>
        <message>
            <source>default: 1</source>
            <translation>predeterminado: 1</translation>
        </message>
        <message>
            <source>of history; default: 5</source>
            <translation>de historial; predeterminado: 5</translation>
        </message>
        <message>
            <source>CE activities in all (default: {count} per person and year)</source>
            <translation>actividades de EC en total (predeterminado: {count} por persona y año)</translation>
        </message>
        <message>
            <source>same seed, same data</source>
            <translation>misma semilla, mismos datos</translation>
        </message>
        <message>
            <source>the data's today (default: today)</source>
            <translation>el día de hoy de los datos (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>Generated {people}, {credentials} ({past_cycles}), {activities}, {tags} and {certificates} in {folder} ({seconds} s).</source>
            <translation>Se generaron {people}, {credentials} ({past_cycles}), {activities}, {tags} y {certificates} en {folder} ({seconds} s).</translation>
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
        <message numerus="yes">
            <source>%n past cycles</source>
            <translation>
                <numerusform>%n ciclo anterior</numerusform>
                <numerusform>%n ciclos anteriores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CE activities</source>
            <translation>
                <numerusform>%n actividad de EC</numerusform>
                <numerusform>%n actividades de EC</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tags</source>
            <translation>
                <numerusform>%n etiqueta</numerusform>
                <numerusform>%n etiquetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificates</source>
            <translation>
                <numerusform>%n certificado</numerusform>
                <numerusform>%n certificados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>exchange</name>
        <message>
            <source>import a CPE Monitor export (.xlsx/.csv) or a CSV of CE</source>
            <translation>importar una exportación de CPE Monitor (.xlsx/.csv) o un CSV de EC</translation>
        </message>
        <message>
            <source>name or id</source>
            <translation>nombre o id</translation>
        </message>
        <message>
            <source>show what would happen; write nothing</source>
            <translation>mostrar lo que pasaría; no escribir nada</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>for a CSV with your own columns: which column holds which field ({fields}); repeatable</source>
            <translation>para un CSV con sus propias columnas: qué columna contiene qué campo ({fields}); se puede repetir</translation>
        </message>
        <message>
            <source>with --map: auto (YYYY-MM-DD or MM/DD/YYYY) or us (MM/DD/YYYY only)</source>
            <translation>con --map: auto (AAAA-MM-DD o MM/DD/AAAA) o us (solo MM/DD/AAAA)</translation>
        </message>
        <message>
            <source>list UAN activities not yet seen in an imported CPE Monitor export</source>
            <translation>listar las actividades con UAN que aún no aparecen en una exportación importada de CPE Monitor</translation>
        </message>
        <message>
            <source>every CE activity of a person, one row each</source>
            <translation>todas las actividades de EC de una persona, una fila cada una</translation>
        </message>
        <message>
            <source>renewal-window openings, deadlines and expirations as a calendar (.ics)</source>
            <translation>aperturas del período de renovación, fechas límite y vencimientos como calendario (.ics)</translation>
        </message>
        <message>
            <source>name or id (default: everybody)</source>
            <translation>nombre o id (predeterminado: todos)</translation>
        </message>
        <message>
            <source>credential type id (default: soonest deadline)</source>
            <translation>id del tipo de credencial (predeterminado: la fecha límite más próxima)</translation>
        </message>
        <message>
            <source>{pair} is not FIELD=COLUMN (like date=Completed on)</source>
            <translation>{pair} no tiene la forma FIELD=COLUMN (como date=Completed on)</translation>
        </message>
        <message>
            <source>unknown field {name}; fields are {known}</source>
            <translation>campo desconocido {name}; los campos son {known}</translation>
        </message>
        <message>
            <source>  row {line}: {fate}: {reason}</source>
            <translation>  fila {line}: {fate}: {reason}</translation>
        </message>
        <message>
            <source>Dry run (nothing written): {kind} {file} for {name}.</source>
            <translation>Prueba (no se escribió nada): {kind} {file} para {name}.</translation>
        </message>
        <message>
            <source>Imported: {kind} {file} for {name}.</source>
            <translation>Importado: {kind} {file} para {name}.</translation>
        </message>
        <message>
            <source>Note: this exact file was imported before, on {date}.</source>
            <translation>Nota: este mismo archivo ya se importó el {date}.</translation>
        </message>
        <message>
            <source>Would be: {counts}.</source>
            <translation>Resultado previsto: {counts}.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>agregada</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>combinada</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitida</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rechazada</translation>
        </message>
        <message>
            <source>Every UAN activity of {name} has shown up in an imported CPE Monitor export.</source>
            <translation>Todas las actividades con UAN de {name} aparecen en una exportación importada de CPE Monitor.</translation>
        </message>
        <message numerus="yes">
            <source>%n activities of {name} are not yet in CPE Monitor:</source>
            <translation>
                <numerusform>%n actividad de {name} aún no está en CPE Monitor:</numerusform>
                <numerusform>%n actividades de {name} aún no están en CPE Monitor:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n activities of {name} to {path}.</source>
            <translation>
                <numerusform>Se escribió %n actividad de {name} en {path}.</numerusform>
                <numerusform>Se escribieron %n actividades de {name} en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>everybody</source>
            <translation>todos</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n renewal dates ({whose}) to {path}.</source>
            <translation>
                <numerusform>Se escribió %n fecha de renovación ({whose}) en {path}.</numerusform>
                <numerusform>Se escribieron %n fechas de renovación ({whose}) en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the audit packet of {name}, {credential}, {start} to {end}, to {path}: {activities}, {certificates}, {pages}.</source>
            <translation>Se escribió el paquete para auditoría de {name}, {credential}, del {start} al {end}, en {path}: {activities}, {certificates}, {pages}.</translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n actividad</numerusform>
                <numerusform>%n actividades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificates</source>
            <translation>
                <numerusform>%n certificado</numerusform>
                <numerusform>%n certificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>  attachment {number}: the stored file could not be read; listed with its hash</source>
            <translation>  adjunto {number}: no se pudo leer el archivo guardado; se incluye con su hash</translation>
        </message>
        <message numerus="yes">
            <source>Backup written to {path}: the database (schema {schema}) and %n certificate files.</source>
            <translation>
                <numerusform>Copia de seguridad escrita en {path}: la base de datos (esquema {schema}) y %n archivo de certificado.</numerusform>
                <numerusform>Copia de seguridad escrita en {path}: la base de datos (esquema {schema}) y %n archivos de certificados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored from {archive} (made {made} by rxtracker {version}). Your previous data was saved to {previous}.</source>
            <translation>Se restauró desde {archive} (creada el {made} con rxtracker {version}). Sus datos anteriores se guardaron en {previous}.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Continuing-education and renewal tracker for pharmacy technicians. Run with no command to open the desktop app.</source>
            <translation>Seguimiento de educación continua (EC) y renovaciones para técnicos de farmacia. Sin comando, abre la aplicación de escritorio.</translation>
        </message>
        <message>
            <source>rxtracker: warning: {notice}</source>
            <translation>rxtracker: aviso: {notice}</translation>
        </message>
        <message>
            <source>rxtracker hit an unexpected problem; nothing was saved; details in {path}</source>
            <translation>rxtracker tuvo un problema inesperado; no se guardó nada; detalles en {path}</translation>
        </message>
        <message>
            <source>Your newest backup is {path}.</source>
            <translation>Su copia de seguridad más reciente es {path}.</translation>
        </message>
        <message>
            <source>rxtracker: error: {message}</source>
            <translation>rxtracker: error: {message}</translation>
        </message>
    </context>
    <context>
        <name>options</name>
        <message>
            <source>{text} is not one of: {values}</source>
            <translation>{text} no es uno de estos: {values}</translation>
        </message>
        <message>
            <source>use DIR for the database, certificates, backups and logs (also: RXTRACKER_DATA_DIR)</source>
            <translation>usar DIR para la base de datos, los certificados, las copias de seguridad y los registros (también: RXTRACKER_DATA_DIR)</translation>
        </message>
        <message>
            <source>work on a team database, postgresql://LOGIN@HOST:PORT/DATABASE, instead of the local file; the password comes from PGPASSWORD or ~/.pgpass (also: RXTRACKER_DATABASE_URL)</source>
            <translation>trabajar en una base de datos de equipo, postgresql://USUARIO@HOST:PUERTO/BASE, en lugar del archivo local; la contraseña viene de PGPASSWORD o ~/.pgpass (también: RXTRACKER_DATABASE_URL)</translation>
        </message>
        <message>
            <source>the language of the app, its messages and reports: en (English) or es (Español); default: Settings, else the system's (LANG)</source>
            <translation>el idioma de la aplicación, sus mensajes e informes: en (English) o es (Español); predeterminado: Configuración, si no, el del sistema (LANG)</translation>
        </message>
        <message>
            <source>desktop app (no COMMAND)</source>
            <translation>aplicación de escritorio (sin COMMAND)</translation>
        </message>
        <message>
            <source>open on a freshly made demo dataset in a temporary folder; your records are not touched</source>
            <translation>abrir con un conjunto de datos de demostración recién creado en una carpeta temporal; sus registros no se tocan</translation>
        </message>
        <message>
            <source>render the main window offscreen with its data loaded, save it as FILE.png, exit</source>
            <translation>dibujar la ventana principal fuera de pantalla con sus datos, guardarla como FILE.png y salir</translation>
        </message>
        <message>
            <source>check renewal dates and show a desktop notification when something needs attention, then exit (what the daily reminder runs; see `remind --on`)</source>
            <translation>revisar las fechas de renovación y mostrar una notificación de escritorio cuando algo requiera atención, y salir (lo que ejecuta el recordatorio diario; vea `remind --on`)</translation>
        </message>
        <message>
            <source>open on this credential's dashboard card (a reminder notification's click)</source>
            <translation>abrir en la tarjeta del panel de esta credencial (el clic en una notificación de recordatorio)</translation>
        </message>
        <message>
            <source>the page to open (default: the page shown last; with --screenshot: dashboard)</source>
            <translation>la página que se abrirá (predeterminado: la última mostrada; con --screenshot: dashboard)</translation>
        </message>
        <message>
            <source>the window's size in pixels, e.g. 1024x640 (with --screenshot: default 1440x860)</source>
            <translation>el tamaño de la ventana en píxeles, p. ej. 1024x640 (con --screenshot: predeterminado 1440x860)</translation>
        </message>
        <message>
            <source>open in the light or dark theme (default: the choice in Settings)</source>
            <translation>abrir con el tema claro u oscuro (predeterminado: lo elegido en Configuración)</translation>
        </message>
        <message>
            <source>{text} is not a size like 1024x640</source>
            <translation>{text} no es un tamaño como 1024x640</translation>
        </message>
        <message>
            <source>{text}: width and height must be 320 to 10000</source>
            <translation>{text}: el ancho y el alto deben estar entre 320 y 10000</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>mostrar la versión y salir</translation>
        </message>
    </context>
    <context>
        <name>output</name>
        <message>
            <source>Nothing yet.</source>
            <translation>Todavía no hay nada.</translation>
        </message>
    </context>
    <context>
        <name>pathways</name>
        <message>
            <source>name or id</source>
            <translation>nombre o id</translation>
        </message>
        <message>
            <source>judge on this day (default: today)</source>
            <translation>evaluar en este día (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>record a period of work</source>
            <translation>registrar un período de trabajo</translation>
        </message>
        <message>
            <source>e.g. pharmacy technician, IV technician</source>
            <translation>p. ej. técnico de farmacia, técnico de IV</translation>
        </message>
        <message>
            <source>leave out for a current job</source>
            <translation>omítalo para un trabajo actual</translation>
        </message>
        <message>
            <source>1 to 80</source>
            <translation>de 1 a 80</translation>
        </message>
        <message>
            <source>e.g. sterile-compounding, billing, medication-history (repeatable)</source>
            <translation>p. ej. sterile-compounding, billing, medication-history (se puede repetir)</translation>
        </message>
        <message>
            <source>e.g. hospital, retail, long-term care</source>
            <translation>p. ej. hospital, farmacia minorista, cuidados a largo plazo</translation>
        </message>
        <message>
            <source>list a person's periods of work</source>
            <translation>listar los períodos de trabajo de una persona</translation>
        </message>
        <message>
            <source>delete a period of work</source>
            <translation>eliminar un período de trabajo</translation>
        </message>
        <message>
            <source>define a credential type rxtracker does not know</source>
            <translation>definir un tipo de credencial que rxtracker no conoce</translation>
        </message>
        <message>
            <source>e.g. 'Acme annual sterile training'</source>
            <translation>p. ej. 'Capacitación anual de estériles de Acme'</translation>
        </message>
        <message>
            <source>who issues it (employer, board...)</source>
            <translation>quién la emite (empleador, junta...)</translation>
        </message>
        <message>
            <source>1 to 120</source>
            <translation>de 1 a 120</translation>
        </message>
        <message>
            <source>total CE hours per cycle, e.g. 10</source>
            <translation>horas de EC en total por ciclo, p. ej. 10</translation>
        </message>
        <message>
            <source>at least HOURS of CE tagged TAG (repeatable), e.g. law=2</source>
            <translation>al menos HOURS de EC con la etiqueta TAG (se puede repetir), p. ej. law=2</translation>
        </message>
        <message>
            <source>at least HOURS of ACPE topic NN (repeatable), e.g. 05=1</source>
            <translation>al menos HOURS del tema NN de ACPE (se puede repetir), p. ej. 05=1</translation>
        </message>
        <message>
            <source>a non-hour item to record</source>
            <translation>un requisito sin horas que se registra</translation>
        </message>
        <message>
            <source>two letters, for a state's registration</source>
            <translation>dos letras, para el registro de un estado</translation>
        </message>
        <message>
            <source>delete a custom type no credential uses</source>
            <translation>eliminar un tipo propio que ninguna credencial usa</translation>
        </message>
        <message>
            <source>record a non-hour requirement (attestation) as done</source>
            <translation>registrar como hecho un requisito sin horas (declaración)</translation>
        </message>
        <message>
            <source>see `credential items`</source>
            <translation>vea `credential items`</translation>
        </message>
        <message>
            <source>the day it was done</source>
            <translation>el día en que se hizo</translation>
        </message>
        <message>
            <source>list a credential's recorded non-hour items</source>
            <translation>listar los requisitos sin horas registrados de una credencial</translation>
        </message>
        <message>
            <source>Recorded {role} for {name}, {start} to {end} (id {id}).</source>
            <translation>Se registró {role} para {name}: {start} – {end} (id {id}).</translation>
        </message>
        <message>
            <source>Deleted {role} ({start} to {end}).</source>
            <translation>Se eliminó {role} ({start} – {end}).</translation>
        </message>
        <message>
            <source>Specialty areas</source>
            <translation>Áreas de especialidad</translation>
        </message>
        <message>
            <source>  {area}: {hours} (activities {ids})</source>
            <translation>  {area}: {hours} (actividades {ids})</translation>
        </message>
        <message>
            <source>  {area}: {hours} (activities none yet)</source>
            <translation>  {area}: {hours} (todavía ninguna actividad)</translation>
        </message>
        <message>
            <source> (unconfirmed)</source>
            <translation> (sin confirmar)</translation>
        </message>
        <message>
            <source> (not required)</source>
            <translation> (no obligatorio)</translation>
        </message>
        <message>
            <source>  Unconfirmed: {text}</source>
            <translation>  Sin confirmar: {text}</translation>
        </message>
        <message>
            <source>earned</source>
            <translation>obtenido</translation>
        </message>
        <message>
            <source>eligible</source>
            <translation>cumple los requisitos</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>Added credential type {id} ({name}).</source>
            <translation>Se agregó el tipo de credencial {id} ({name}).</translation>
        </message>
        <message>
            <source>{text} must be written KEY=HOURS, like law=2</source>
            <translation>{text} debe escribirse KEY=HOURS, como law=2</translation>
        </message>
        <message>
            <source>Deleted credential type {id}.</source>
            <translation>Se eliminó el tipo de credencial {id}.</translation>
        </message>
        <message>
            <source>Recorded {item} on {date} (credential {id}).</source>
            <translation>Se registró {item} el {date} (credencial {id}).</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <source>name or id (default: all)</source>
            <translation>nombre o id (predeterminado: todas)</translation>
        </message>
        <message>
            <source>plan from this day (default: today)</source>
            <translation>planificar desde este día (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>{name} (id {id}): plan on {date}</source>
            <translation>{name} (id {id}): plan al {date}</translation>
        </message>
        <message>
            <source>{name} (id {id}): what to take next on {date}</source>
            <translation>{name} (id {id}): qué tomar a continuación, al {date}</translation>
        </message>
        <message>
            <source>Nobody yet. Add a person with `rxtracker person add NAME`.</source>
            <translation>Todavía no hay nadie. Agregue una persona con `rxtracker person add NAME`.</translation>
        </message>
        <message>
            <source>No credentials recorded.</source>
            <translation>No hay credenciales registradas.</translation>
        </message>
        <message>
            <source>Month by month:</source>
            <translation>Mes a mes:</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>sin hacer todavía</translation>
        </message>
        <message>
            <source>Nothing to suggest: every credential has what it needs (or none is held).</source>
            <translation>Nada que sugerir: cada credencial tiene lo que necesita (o no se tiene ninguna).</translation>
        </message>
    </context>
    <context>
        <name>registry</name>
        <message>
            <source>people whose records rxtracker keeps</source>
            <extracomment>The modules of ``rxtracker.cli`` that add commands, in the order they add them (an action group lists its actions in this order; ``team`` extends ``exchange``'s report). Every top-level command, as ``rxtracker --help`` lists it: its help line and the modules that add to it.</extracomment>
            <translation>las personas cuyos registros guarda rxtracker</translation>
        </message>
        <message>
            <source>certifications and registrations a person holds</source>
            <translation>certificaciones y registros que tiene una persona</translation>
        </message>
        <message>
            <source>continuing-education activities</source>
            <translation>actividades de educación continua</translation>
        </message>
        <message>
            <source>where each credential stands and what is missing, by when</source>
            <translation>cómo está cada credencial y qué falta, para cuándo</translation>
        </message>
        <message>
            <source>periods of work (years are computed from them)</source>
            <translation>períodos de trabajo (los años se calculan a partir de ellos)</translation>
        </message>
        <message>
            <source>progress toward PTCB certificates, CSPT, CPhT-Adv</source>
            <translation>avance hacia los certificados de PTCB, CSPT, CPhT-Adv</translation>
        </message>
        <message>
            <source>export records (CSV) or renewal dates (calendar)</source>
            <translation>exportar registros (CSV) o fechas de renovación (calendario)</translation>
        </message>
        <message>
            <source>the audit packet of a credential cycle, as a PDF</source>
            <translation>el paquete para auditoría de un ciclo de una credencial, en PDF</translation>
        </message>
        <message>
            <source>write a backup zip: database, certificates, manifest</source>
            <translation>escribir una copia de seguridad en zip: base de datos, certificados, manifiesto</translation>
        </message>
        <message>
            <source>replace your records with a backup's (the current ones are kept)</source>
            <translation>reemplazar sus registros por los de una copia de seguridad (los actuales se conservan)</translation>
        </message>
        <message>
            <source>everybody's credentials at a glance (supervisors)</source>
            <translation>las credenciales de todos de un vistazo (supervisores)</translation>
        </message>
        <message>
            <source>every recorded change of a record (read-only)</source>
            <translation>cada cambio registrado de un registro (solo lectura)</translation>
        </message>
        <message>
            <source>generate a realistic dataset (people, credentials, CE, certificates) into DIR</source>
            <translation>generar un conjunto de datos realista (personas, credenciales, EC, certificados) en DIR</translation>
        </message>
        <message>
            <source>the renewal rules rxtracker knows, with their sources; check a catalog file</source>
            <translation>las reglas de renovación que rxtracker conoce, con sus fuentes; revisar un archivo de catálogo</translation>
        </message>
        <message>
            <source>set up a team database on a PostgreSQL server (as the database's owner)</source>
            <translation>preparar una base de datos de equipo en un servidor PostgreSQL (como dueño de la base)</translation>
        </message>
        <message>
            <source>ready to apply, applied, returned, approved; audits</source>
            <translation>listo para solicitar, solicitada, devuelta, aprobada; auditorías</translation>
        </message>
        <message>
            <source>a plan per credential to finish on time: hours a month, topics first</source>
            <translation>un plan por credencial para terminar a tiempo: horas al mes, temas primero</translation>
        </message>
        <message>
            <source>the kinds of course that count for the most credentials at once</source>
            <translation>los tipos de curso que cuentan para más credenciales a la vez</translation>
        </message>
        <message>
            <source>what needs attention now (exit 1 when something does); --on/--off the daily check</source>
            <translation>lo que requiere atención ahora (sale con 1 si algo lo requiere); --on/--off la revisión diaria</translation>
        </message>
    </context>
    <context>
        <name>remind</name>
        <message>
            <source>check on this day (default: today)</source>
            <translation>revisar en este día (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>look N days ahead for deadlines (default: Settings ▸ Remind me, else 90)</source>
            <translation>buscar fechas límite N días hacia adelante (predeterminado: Configuración ▸ Recordarme, si no, 90)</translation>
        </message>
        <message>
            <source>check once a day at login and show a desktop notification when something needs attention (an autostart entry, a scheduled task or a LaunchAgent)</source>
            <translation>revisar una vez al día al iniciar sesión y mostrar una notificación de escritorio cuando algo requiera atención (una entrada de inicio automático, una tarea programada o un LaunchAgent)</translation>
        </message>
        <message>
            <source>stop the daily check (removes it)</source>
            <translation>detener la revisión diaria (la quita)</translation>
        </message>
        <message>
            <source>Task Scheduler: {task}</source>
            <translation>Programador de tareas: {task}</translation>
        </message>
        <message>
            <source>Reminders are on: rxtracker checks once a day at login ({where}).</source>
            <translation>Los recordatorios están activados: rxtracker revisa una vez al día al iniciar sesión ({where}).</translation>
        </message>
        <message>
            <source>Reminders are off: the daily check was removed.</source>
            <translation>Los recordatorios están desactivados: se quitó la revisión diaria.</translation>
        </message>
        <message>
            <source>rxtracker: warning: calendar file not updated ({where}): {problem}</source>
            <translation>rxtracker: aviso: no se actualizó el archivo del calendario ({where}): {problem}</translation>
        </message>
        <message>
            <source>Nothing needs attention on {date} (looking {days} days ahead).</source>
            <translation>Nada requiere atención al {date} (revisando {days} días hacia adelante).</translation>
        </message>
        <message>
            <source>Needs attention on {date} (looking {days} days ahead):</source>
            <translation>Requiere atención al {date} (revisando {days} días hacia adelante):</translation>
        </message>
        <message>
            <source>Calendar subscription file: {path}</source>
            <translation>Archivo de suscripción al calendario: {path}</translation>
        </message>
    </context>
    <context>
        <name>renewal</name>
        <message>
            <source>you applied and paid (the fee is recorded; --fee if it differs)</source>
            <translation>usted presentó la solicitud y pagó (se registra la tarifa; --fee si es distinta)</translation>
        </message>
        <message>
            <source>the application came back (--reason, repeatable): resubmit within 30 days</source>
            <translation>la solicitud fue devuelta (--reason, se puede repetir): vuelva a presentarla en 30 días</translation>
        </message>
        <message>
            <source>you resubmitted a returned application (with the reprocessing fee)</source>
            <translation>usted volvió a presentar una solicitud devuelta (con la tarifa de reprocesamiento)</translation>
        </message>
        <message>
            <source>the renewal was approved (--expires: the new expiration date)</source>
            <translation>la renovación fue aprobada (--expires: la nueva fecha de vencimiento)</translation>
        </message>
        <message>
            <source>what is still missing before applying (exit 1)</source>
            <translation>lo que aún falta antes de solicitar (sale con 1)</translation>
        </message>
        <message>
            <source>why (repeatable)</source>
            <translation>por qué (se puede repetir)</translation>
        </message>
        <message>
            <source>the amount paid, e.g. 55 (default: the catalog's)</source>
            <translation>el monto pagado, p. ej. 55 (predeterminado: el del catálogo)</translation>
        </message>
        <message>
            <source>approved: the new expiration</source>
            <translation>aprobada: la nueva fecha de vencimiento</translation>
        </message>
        <message>
            <source>where the application and audit stand</source>
            <translation>cómo están la solicitud y la auditoría</translation>
        </message>
        <message>
            <source>confirm an e-Profile check (yes)</source>
            <translation>confirmar una verificación del e-Profile (sí)</translation>
        </message>
        <message>
            <source>birthday|ptcb-number</source>
            <translation>birthday|ptcb-number</translation>
        </message>
        <message>
            <source>an audit notice came</source>
            <translation>llegó un aviso de auditoría</translation>
        </message>
        <message>
            <source>documents due by</source>
            <translation>documentos a entregar a más tardar el</translation>
        </message>
        <message>
            <source>the audit documents were sent</source>
            <translation>se enviaron los documentos de la auditoría</translation>
        </message>
        <message>
            <source>the audit's outcome</source>
            <translation>el resultado de la auditoría</translation>
        </message>
        <message>
            <source>name or id</source>
            <translation>nombre o id</translation>
        </message>
        <message>
            <source>credential type, e.g. PTCB</source>
            <translation>tipo de credencial, p. ej. PTCB</translation>
        </message>
        <message>
            <source>the day it happened (default: today)</source>
            <translation>el día en que ocurrió (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>judge on this day (default: today)</source>
            <translation>evaluar en este día (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>Confirmed: {what}.</source>
            <translation>Confirmado: {what}.</translation>
        </message>
        <message>
            <source>Nothing recorded about this renewal yet.</source>
            <translation>Todavía no hay nada registrado sobre esta renovación.</translation>
        </message>
        <message>
            <source>{type}: ready to apply (as of {date})</source>
            <translation>{type}: puede solicitar la renovación (al {date})</translation>
        </message>
        <message>
            <source>{type}: not ready yet (as of {date})</source>
            <translation>{type}: todavía no puede solicitar la renovación (al {date})</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>mark an activity verified (certificate checked)</source>
            <translation>marcar una actividad como verificada (certificado revisado)</translation>
        </message>
        <message>
            <source>the supervisor who checked it</source>
            <translation>el supervisor que la revisó</translation>
        </message>
        <message>
            <source>send an activity back to its technician with a note</source>
            <translation>devolver una actividad a su técnico con una nota</translation>
        </message>
        <message>
            <source>what to fix</source>
            <translation>qué corregir</translation>
        </message>
        <message>
            <source>Activity {id} ({title}): {check}.</source>
            <translation>Actividad {id} ({title}): {check}.</translation>
        </message>
        <message>
            <source>{date} {time} UTC  {action} by {who}</source>
            <translation>{date} {time} UTC  {action} por {who}</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>yes</source>
            <extracomment>``coverage.CONFIRMED`` (the words of docs/coverage.md), for pyside6-lupdate: ``rules list`` translates them where it prints them.</extracomment>
            <translation>sí</translation>
        </message>
        <message>
            <source>partly</source>
            <translation>en parte</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>The columns of ``rules list`` (its own: "Checked" is the day a rule was checked).</extracomment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>CE hours</source>
            <translation>Horas de EC</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Revisado el</translation>
        </message>
        <message>
            <source>validate a catalog TOML file the way rxtracker loads its own (format: docs/catalog-format.md)</source>
            <translation>validar un archivo TOML de catálogo como rxtracker carga el suyo (formato: docs/catalog-format.md)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>every credential type: state, hours, cycle, confirmed</source>
            <translation>cada tipo de credencial: estado, horas, ciclo, confirmado</translation>
        </message>
        <message>
            <source>one type's rules in plain sentences, with sources</source>
            <translation>las reglas de un tipo en frases sencillas, con sus fuentes</translation>
        </message>
        <message>
            <source>a type id from `rules list` (wa-technician)</source>
            <translation>un id de tipo de `rules list` (wa-technician)</translation>
        </message>
        <message>
            <source>the docs/coverage.md table, from the catalog</source>
            <translation>la tabla de docs/coverage.md, a partir del catálogo</translation>
        </message>
        <message>
            <source>rxtracker: error: {problem}</source>
            <translation>rxtracker: error: {problem}</translation>
        </message>
        <message>
            <source>{file}: OK ({holds})</source>
            <translation>{file}: correcto ({holds})</translation>
        </message>
        <message numerus="yes">
            <source>%n areas</source>
            <translation>
                <numerusform>%n área</numerusform>
                <numerusform>%n áreas</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} ({id}), issued by {issuer}</source>
            <translation>{name} ({id}); la emite {issuer}</translation>
        </message>
        <message>
            <source>CE: {hours}. Facts {confirmed}.</source>
            <translation>EC: {hours}. Datos {confirmed}.</translation>
        </message>
        <message>
            <source>  Source: {source} (checked {date})</source>
            <translation>  Fuente: {source} (revisada el {date})</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>the database, as its owner: postgresql://OWNER@HOST:PORT/DATABASE</source>
            <translation>la base de datos, como su dueño: postgresql://DUEÑO@HOST:PUERTO/BASE</translation>
        </message>
        <message>
            <source>tables, roles, policies; run again to upgrade</source>
            <translation>tablas, roles, políticas; ejecútelo de nuevo para actualizar</translation>
        </message>
        <message>
            <source>a login for a person (password: one line on stdin, or a prompt)</source>
            <translation>un inicio de sesión para una persona (contraseña: una línea en stdin, o se pide)</translation>
        </message>
        <message>
            <source>made if there is none</source>
            <translation>se crea si no existe</translation>
        </message>
        <message>
            <source>a store or site</source>
            <translation>una tienda o sede</translation>
        </message>
        <message>
            <source>who has which role on which team</source>
            <translation>quién tiene qué rol en qué equipo</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>remove a login; the person and records stay</source>
            <translation>quitar un inicio de sesión; la persona y sus registros se quedan</translation>
        </message>
        <message>
            <source>The team database is ready (schema {version}); add logins with `server add-user`.</source>
            <translation>La base de datos del equipo está lista (esquema {version}); agregue inicios de sesión con `server add-user`.</translation>
        </message>
        <message>
            <source>Password for {login}: </source>
            <translation>Contraseña de {login}: </translation>
        </message>
        <message>
            <source>Again: </source>
            <translation>Otra vez: </translation>
        </message>
        <message>
            <source>the two passwords differ</source>
            <translation>las dos contraseñas no coinciden</translation>
        </message>
        <message>
            <source>Added {login}: {person}, {role} on {teams}.</source>
            <translation>Se agregó {login}: {person}, {role} en {teams}.</translation>
        </message>
        <message>
            <source>Removed the login {login}; the person and their records stay.</source>
            <translation>Se quitó el inicio de sesión {login}; la persona y sus registros se quedan.</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>name or id (default: all)</source>
            <translation>nombre o id (predeterminado: todas)</translation>
        </message>
        <message>
            <source>judge on this day (default: today)</source>
            <translation>evaluar en este día (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida para programas (JSON)</translation>
        </message>
        <message>
            <source>Nobody yet. Add a person with `rxtracker person add NAME`.</source>
            <translation>Todavía no hay nadie. Agregue una persona con `rxtracker person add NAME`.</translation>
        </message>
        <message>
            <source>{name} (id {id}): status on {date}</source>
            <translation>{name} (id {id}): situación al {date}</translation>
        </message>
        <message>
            <source>No credentials recorded.</source>
            <translation>No hay credenciales registradas.</translation>
        </message>
        <message>
            <source>Held since {date}; does not expire</source>
            <translation>Vigente desde el {date}; no vence</translation>
        </message>
        <message>
            <source>Cycle {start} to {end}</source>
            <translation>Ciclo del {start} al {end}</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Counts only if accepted</source>
            <translation>Cuenta solo si se acepta</translation>
        </message>
        <message numerus="yes">
            <source>%n more CE record(s) that cannot count toward this cycle on this day, not listed (`status --json` lists each one with its reason)</source>
            <translation>
                <numerusform>%n registro de EC más que no puede contar para este ciclo en este día, no listado (`status --json` los lista uno por uno con su motivo)</numerusform>
                <numerusform>%n registros de EC más que no pueden contar para este ciclo en este día, no listados (`status --json` los lista uno por uno con su motivo)</numerusform>
            </translation>
        </message>
        <message>
            <source>Not counted in full</source>
            <translation>No cuenta completa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Hours: {counted} of {required} counted, at least {missing} more needed</source>
            <translation>Horas: {counted} de {required} contadas, faltan al menos {missing}</translation>
        </message>
        <message>
            <source>Hours: {counted} of {required} counted</source>
            <translation>Horas: {counted} de {required} contadas</translation>
        </message>
        <message numerus="yes">
            <source>, expired %n day(s) ago</source>
            <translation>
                <numerusform>, venció hace %n día</numerusform>
                <numerusform>, venció hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>renewal opens {date}</source>
            <translation>la renovación abre el {date}</translation>
        </message>
        <message>
            <source>apply by {date}</source>
            <translation>solicite a más tardar el {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>queda %n día</numerusform>
                <numerusform>quedan %n días</numerusform>
            </translation>
        </message>
        <message>
            <source> ({counted} of {required} {name})</source>
            <translation> ({counted} de {required} {name})</translation>
        </message>
        <message>
            <source>{counted} h counted</source>
            <translation>{counted} h contadas</translation>
        </message>
        <message>
            <source>{counted} of {required} h</source>
            <translation>{counted} de {required} h</translation>
        </message>
        <message>
            <source>(waived)</source>
            <translation>(eximido)</translation>
        </message>
        <message>
            <source>(not confirmed)</source>
            <translation>(sin confirmar)</translation>
        </message>
        <message>
            <source>#{id} {title} ({hours}, {counted} counted): {reason}</source>
            <translation>#{id} {title} ({hours}, {counted} contadas): {reason}</translation>
        </message>
    </context>
    <context>
        <name>tables</name>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
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
            <source>UAN</source>
            <translation>UAN</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Verificada</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>h/week</source>
            <translation>h/semana</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Áreas</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Missing h</source>
            <translation>h faltantes</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Equipos</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>now</source>
            <translation>actualidad</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no renewal cycle</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{count} months</source>
            <translation>{count} meses</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>people by credential, most urgent first</source>
            <translation>personas por credencial, lo más urgente primero</translation>
        </message>
        <message>
            <source>judge on this day (default: today)</source>
            <translation>evaluar en este día (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>only deadlines within DAYS (or past)</source>
            <translation>solo fechas límite dentro de DAYS días (o ya pasadas)</translation>
        </message>
        <message>
            <source>only what needs action</source>
            <translation>solo lo que requiere acción</translation>
        </message>
        <message>
            <source>only this credential type</source>
            <translation>solo este tipo de credencial</translation>
        </message>
        <message>
            <source>one audit packet PDF per person, in a folder</source>
            <translation>un PDF de paquete para auditoría por persona, en una carpeta</translation>
        </message>
        <message>
            <source>add people (and credentials) from a roster CSV/.xlsx</source>
            <translation>agregar personas (y credenciales) desde una lista CSV/.xlsx</translation>
        </message>
        <message>
            <source>show what would happen; write nothing</source>
            <translation>mostrar lo que pasaría; no escribir nada</translation>
        </message>
        <message>
            <source>one person's records and certificates as a zip</source>
            <translation>los registros y certificados de una persona en un zip</translation>
        </message>
        <message>
            <source>name or id</source>
            <translation>nombre o id</translation>
        </message>
        <message>
            <source>add a person from a zip made by `person export`</source>
            <translation>agregar una persona desde un zip hecho con `person export`</translation>
        </message>
        <message>
            <source>change a person's name, e-mail, role or home state</source>
            <translation>cambiar el nombre, el correo, el rol o el estado de residencia de una persona</translation>
        </message>
        <message>
            <source>home state, two letters</source>
            <translation>estado de residencia, dos letras</translation>
        </message>
        <message>
            <source>NABP e-Profile ID (CPE Monitor)</source>
            <translation>ID del e-Profile de NABP (CPE Monitor)</translation>
        </message>
        <message>
            <source>keep every record but leave the team views</source>
            <translation>conservar todos los registros pero salir de las vistas del equipo</translation>
        </message>
        <message>
            <source>bring a deactivated person back</source>
            <translation>volver a activar a una persona desactivada</translation>
        </message>
        <message>
            <source>with `report team`: the day judged (default today)</source>
            <translation>con `report team`: el día evaluado (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>{days} is not 0 to 3650 days</source>
            <translation>{days} no está entre 0 y 3650 días</translation>
        </message>
        <message>
            <source>As of {date}: {summary}.</source>
            <translation>Al {date}: {summary}.</translation>
        </message>
        <message>
            <source>{path} exists and is not a folder</source>
            <translation>{path} existe y no es una carpeta</translation>
        </message>
        <message>
            <source>  {name}: no credential that renews; no packet</source>
            <translation>  {name}: ninguna credencial que se renueve; sin paquete</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n audit packets to {path}.</source>
            <translation>
                <numerusform>Se escribió %n paquete para auditoría en {path}.</numerusform>
                <numerusform>Se escribieron %n paquetes para auditoría en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>is only for `report team`</source>
            <translation>es solo para `report team`</translation>
        </message>
        <message>
            <source>{file} must end in .pdf or .csv</source>
            <translation>{file} debe terminar en .pdf o .csv</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the team report (%n lines) to {path}.</source>
            <translation>
                <numerusform>Se escribió el informe del equipo (%n línea) en {path}.</numerusform>
                <numerusform>Se escribió el informe del equipo (%n líneas) en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the team report as of {date} to {path}: {lines}, {expiring}, {pages}.</source>
            <translation>Se escribió el informe del equipo al {date} en {path}: {lines}, {expiring}, {pages}.</translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines</source>
            <translation>
                <numerusform>%n línea</numerusform>
                <numerusform>%n líneas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expiring soon</source>
            <translation>
                <numerusform>%n vence pronto</numerusform>
                <numerusform>%n vencen pronto</numerusform>
            </translation>
        </message>
        <message>
            <source>  line {line}: {fate}: {name}: {reason}</source>
            <translation>  línea {line}: {fate}: {name}: {reason}</translation>
        </message>
        <message>
            <source>Dry run, nothing written: {counts}.</source>
            <translation>Prueba, no se escribió nada: {counts}.</translation>
        </message>
        <message>
            <source>Imported {file}: {counts}.</source>
            <translation>Se importó {file}: {counts}.</translation>
        </message>
        <message>
            <source>{file} must end in .zip</source>
            <translation>{file} debe terminar en .zip</translation>
        </message>
        <message>
            <source>Wrote {name}'s records to {path}: {counts}.</source>
            <translation>Se escribieron los registros de {name} en {path}: {counts}.</translation>
        </message>
        <message>
            <source>Added {name} (id {id}) from {file}: {counts}.</source>
            <translation>Se agregó a {name} (id {id}) desde {file}: {counts}.</translation>
        </message>
        <message>
            <source>{credentials}, {activities}, {certificates}</source>
            <translation>{credentials}, {activities}, {certificates}</translation>
        </message>
        <message numerus="yes">
            <source>%n credentials</source>
            <translation>
                <numerusform>%n credencial</numerusform>
                <numerusform>%n credenciales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n actividad</numerusform>
                <numerusform>%n actividades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate files</source>
            <translation>
                <numerusform>%n archivo de certificado</numerusform>
                <numerusform>%n archivos de certificados</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {name} (id {id}).</source>
            <translation>Se guardaron los datos de {name} (id {id}).</translation>
        </message>
        <message>
            <source>{name} is active again.</source>
            <translation>Se reactivó a {name}.</translation>
        </message>
        <message>
            <source>{name} is deactivated (records kept; left the team views).</source>
            <translation>Se desactivó a {name} (sus registros se conservan; ya no aparece en las vistas del equipo).</translation>
        </message>
    </context>
</TS>
