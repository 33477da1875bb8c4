<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>dates</name>
    <message>
        <source>03/31/2027, 3/31/27, 2027-03-31 or Mar 31, 2027</source>
        <extracomment>English month names and their three-letter abbreviations (fixed: never the system locale).</extracomment>
        <translation>03/31/2027, 3/31/27, 2027-03-31 o Mar 31, 2027 (mes antes del día)</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as {examples}</source>
        <translation>{text} no es una fecha; escríbala así: {examples}</translation>
    </message>
    <message>
        <source>there is no month {month}; months go from 1 to 12</source>
        <translation>no existe el mes {month}; los meses van del 1 al 12</translation>
    </message>
    <message>
        <source>{year} is not a year rxtracker can store</source>
        <translation>rxtracker no puede guardar el año {year}</translation>
    </message>
    <message>
        <source>{month} has {days} days</source>
        <translation>{month} tiene {days} días</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>Month names in the interface language (translated where shown: ``month_text``).</extracomment>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>técnico líder</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>ACPE-accredited CE</source>
        <translation>EC acreditada por ACPE</translation>
    </message>
    <message>
        <source>College course</source>
        <translation>Curso universitario</translation>
    </message>
    <message>
        <source>In-service</source>
        <translation>Capacitación interna</translation>
    </message>
    <message>
        <source>Employer training</source>
        <translation>Capacitación del empleador</translation>
    </message>
    <message>
        <source>Other (non-ACPE) CE</source>
        <translation>Otra EC (no ACPE)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Devuelta</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archivo comprimido</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>auditoría</translation>
    </message>
    <message>
        <source>audit due on</source>
        <translation>fecha límite de la auditoría</translation>
    </message>
    <message>
        <source>audit outcome</source>
        <translation>resultado de la auditoría</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>certificate file name</source>
        <translation>nombre del archivo del certificado</translation>
    </message>
    <message>
        <source>certificate size</source>
        <translation>tamaño del certificado</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>Horas de contacto</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>credencial</translation>
    </message>
    <message>
        <source>credential type</source>
        <translation>tipo de credencial</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>ciclo</translation>
    </message>
    <message>
        <source>cycle months</source>
        <translation>meses del ciclo</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date completed</source>
        <translation>fecha de finalización</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>cuota</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>emisor</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>renewed on</source>
        <translation>fecha de renovación</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>requisito</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <source>{hours} hour</source>
        <extracomment>No single amount of CE is anywhere near this; larger numbers are typing or file errors.</extracomment>
        <translation>{hours} hora</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
</context>
</TS>
