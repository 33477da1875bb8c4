<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Supervisor&apos;s check</source>
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
        <extracomment>Reminder lead times in days (an app default, not a board rule): a supervisor&apos;s spreadsheet turns yellow at 60 days and red at 30 (see shared/domain/users.md).</extracomment>
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
        <source>{person}&apos;s {credential} expires on {date}. </source>
        <translation>La credencial {credential} de {person} vence el {date}. </translation>
    </message>
    <message>
        <source>{person}: {credential} {event}</source>
        <translation>{person}: {credential} {event}</translation>
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
    <name>team_report</name>
    <message>
        <source>Team compliance report</source>
        <translation>Informe del equipo sobre cumplimiento</translation>
    </message>
</context>
</TS>
