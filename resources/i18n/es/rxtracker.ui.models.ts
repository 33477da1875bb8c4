<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>activities</name>
        <message>
            <source>UAN {uan}</source>
            <translation>UAN {uan}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Etiquetas: {tags}</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>En otro lugar</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
    </context>
    <context>
        <name>certificates</name>
        <message>
            <source>title</source>
            <extracomment>The fields read from a certificate, as a person names them.</extracomment>
            <translation>título</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>are empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>Could not read it: {why}</source>
            <translation>No se pudo leer: {why}</translation>
        </message>
        <message>
            <source>Already logged: {what}</source>
            <translation>Ya registrado: {what}</translation>
        </message>
        <message>
            <source>⚠ Repeat: {what}</source>
            <translation>⚠ Repetición: {what}</translation>
        </message>
        <message>
            <source>⚠ Please check: {fields}</source>
            <translation>⚠ Revise: {fields}</translation>
        </message>
        <message>
            <source>Cannot add: {why}</source>
            <translation>No se puede agregar: {why}</translation>
        </message>
        <message>
            <source>is empty</source>
            <extracomment>The editable columns and the reading's key each one shows.</extracomment>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>el campo {field} {problem}</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>proveedor</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>uan</source>
            <translation>UAN</translation>
        </message>
        <message>
            <source>Ready to add</source>
            <translation>Listo para agregar</translation>
        </message>
        <message>
            <source>{value}: read from the certificate, please check it</source>
            <translation>{value}: leído del certificado, revíselo</translation>
        </message>
        <message>
            <source>please check</source>
            <translation>revise</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <source>Date</source>
            <extracomment>The activity id, on each row's first cell. Asks for rows of a query: (query, offset, limit, prepare, then): ``prepare`` makes the slice read into ``Cells`` where it was read, ``then`` gets them on the GUI thread (the page reads on the worker thread, a test at once).</extracomment>
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
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Counts toward</source>
            <translation>Cuenta para</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Revisado</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Date completed</source>
            <translation>Terminado el</translation>
        </message>
        <message>
            <source>UAN</source>
            <translation>UAN</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Revisión</translation>
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
            <source>Cycle started</source>
            <translation>Inicio del ciclo</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Cycle ended</source>
            <translation>Fin del ciclo</translation>
        </message>
        <message>
            <source>Renewed on</source>
            <translation>Renovada el</translation>
        </message>
        <message>
            <source>When</source>
            <extracomment>Fields that only link records inside the database: nothing a person reads.</extracomment>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Qué pasará</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Horas por semana</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Áreas</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <source>Specialty area</source>
            <translation>Área de especialidad</translation>
        </message>
        <message>
            <source>Your courses that count</source>
            <translation>Sus cursos que cuentan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>Not entered</source>
            <translation>Sin indicar</translation>
        </message>
    </context>
    <context>
        <name>experience</name>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>Signed in to the computer or database as “{login}”.</source>
            <translation>Sesión iniciada en la computadora o la base de datos como “{login}”.</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Usted</translation>
        </message>
        <message>
            <source>Login “{login}”</source>
            <translation>Usuario “{login}”</translation>
        </message>
        <message>
            <source>Added.</source>
            <translation>Se agregó.</translation>
        </message>
        <message>
            <source>Added with {values}.</source>
            <translation>Se agregó con {values}.</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Se eliminó.</translation>
        </message>
        <message>
            <source>Changed nothing shown here.</source>
            <translation>Se cambió algo que no se muestra aquí.</translation>
        </message>
        <message>
            <source>Changed {changes}.</source>
            <translation>Se cambió {changes}.</translation>
        </message>
        <message>
            <source>the {field} to {new}</source>
            <translation>{field} a {new}</translation>
        </message>
        <message>
            <source>the {field} from {old} to nothing</source>
            <translation>{field} de {old} a nada</translation>
        </message>
        <message>
            <source>the {field} from {old} to {new}</source>
            <translation>{field} de {old} a {new}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
    </context>
    <context>
        <name>imports</name>
        <message>
            <source>matches a course you logged by hand</source>
            <translation>coincide con un curso que registró a mano</translation>
        </message>
        <message>
            <source>already in your CE log</source>
            <translation>ya está en su registro de EC</translation>
        </message>
    </context>
    <context>
        <name>pathways</name>
        <message>
            <source>activity {id}</source>
            <translation>actividad {id}</translation>
        </message>
        <message>
            <source>; and {more} more</source>
            <translation>; y {more} más</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno aún</translation>
        </message>
        <message>
            <source>What counts: {rule}. {note}</source>
            <translation>Qué cuenta: {rule}. {note}</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Deactivated (records kept)</source>
            <translation>Desactivada (se conservan los registros)</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <source>{name}, expires {date}</source>
            <translation>{name}, vence el {date}</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No se importa</translation>
        </message>
        <message>
            <source>Skipped: already recorded</source>
            <translation>Se omite: ya registrado</translation>
        </message>
        <message>
            <source>Adds to someone already here</source>
            <translation>Se agrega a alguien que ya está aquí</translation>
        </message>
        <message>
            <source>Adds a new person</source>
            <translation>Agrega una persona nueva</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>Technician</source>
            <extracomment>The roles ``data`` answers, as plain ints. A view asks each painted cell for seven roles, four of them (font, alignment, check state, icon) never answered here: those return at once. The roles in English; ``role_words`` gives them in the interface language.</extracomment>
            <translation>Técnico</translation>
        </message>
        <message>
            <source>Lead technician</source>
            <translation>Técnico líder</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>does not expire</source>
            <translation>no vence</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>vence hoy</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n día de retraso</numerusform>
                <numerusform>%n días de retraso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>queda %n día</numerusform>
                <numerusform>quedan %n días</numerusform>
            </translation>
        </message>
        <message>
            <source> · {hours} h to go</source>
            <translation> · faltan {hours} h</translation>
        </message>
        <message>
            <source> · items to do</source>
            <translation> · hay pendientes</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>Person</source>
            <extracomment>How many of a column's longest lines are measured to size it. Each column's longest lines, by credential type id ("" for the Person column).</extracomment>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>No la tiene</translation>
        </message>
        <message>
            <source>{name} (No. {number})</source>
            <translation>{name} (n.º {number})</translation>
        </message>
        <message>
            <source>Apply by {date} ({days})</source>
            <translation>Solicitar a más tardar el {date} ({days})</translation>
        </message>
        <message>
            <source>Expires {date}</source>
            <translation>Vence el {date}</translation>
        </message>
        <message>
            <source>{counted} of {required} hours counted</source>
            <translation>{counted} de {required} horas contadas</translation>
        </message>
        <message>
            <source>Click to open this person's dashboard.</source>
            <translation>Haga clic para abrir el panel de esta persona.</translation>
        </message>
    </context>
</TS>
