<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>cpn</name>
    <message>
        <source>{text} is an ACPE certificate-program number (provider {provider}, 20{year}, program {sequence}), not a UAN: enter the UAN printed on the statement of credit for each activity of the program, or log the program without a UAN and keep this number in the notes</source>
        <translation>{text} es un número de programa de certificado de ACPE (proveedor {provider}, 20{year}, programa {sequence}), no un UAN: escriba el UAN impreso en la constancia de créditos de cada actividad del programa, o registre el programa sin UAN y guarde este número en las notas</translation>
    </message>
</context>
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
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>total hours</source>
        <translation>horas totales</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>áreas</translation>
    </message>
    <message>
        <source>cycle start</source>
        <translation>inicio del ciclo</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>home state</source>
        <translation>estado de residencia</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>horas por semana</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>fecha de emisión</translation>
    </message>
    <message>
        <source>login</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>new cycle start</source>
        <translation>inicio del nuevo ciclo</translation>
    </message>
    <message>
        <source>new expiration date</source>
        <translation>nueva fecha de vencimiento</translation>
    </message>
    <message>
        <source>on</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>status notes</source>
        <translation>notas sobre el estado</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>PTCB number</source>
        <translation>número de PTCB</translation>
    </message>
    <message>
        <source>NHA number</source>
        <translation>número de NHA</translation>
    </message>
    <message>
        <source>recognized program</source>
        <translation>programa reconocido</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>lugar de trabajo</translation>
    </message>
    <message>
        <source>expiration</source>
        <translation>vencimiento</translation>
    </message>
    <message>
        <source>host</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>by</source>
        <translation>revisado por</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <source>minimum {n}</source>
        <extracomment>Fields of a numbered row (&quot;minimum 2&quot; of a custom type), by their name with ``{n}``.</extracomment>
        <translation>mínimo {n}</translation>
    </message>
    <message>
        <source>minimum {n} label</source>
        <translation>nombre del mínimo {n}</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>elemento {n}</translation>
    </message>
    <message>
        <source>person: no person {key}</source>
        <extracomment>Each kind of record a ``NotFound`` names, with its whole message (``{key}``: the id or name the user gave, as Python writes it: 5, &apos;Ana&apos;).</extracomment>
        <translation>persona: no existe la persona {key}</translation>
    </message>
    <message>
        <source>credential: no credential {key}</source>
        <translation>credencial: no existe la credencial {key}</translation>
    </message>
    <message>
        <source>activity: no activity {key}</source>
        <translation>actividad: no existe la actividad {key}</translation>
    </message>
    <message>
        <source>work experience: no work experience {key}</source>
        <translation>experiencia laboral: no existe la experiencia laboral {key}</translation>
    </message>
    <message>
        <source>custom type: no custom type {key}</source>
        <translation>tipo propio: no existe el tipo propio {key}</translation>
    </message>
    <message>
        <source>certificate: no certificate {key}</source>
        <translation>certificado: no existe el certificado {key}</translation>
    </message>
    <message>
        <source>login: no login {key}</source>
        <translation>usuario: no existe el usuario {key}</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>No such file or directory</source>
        <translation>No existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Es una carpeta</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>No es una carpeta</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No queda espacio en el disco</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>El disco es de solo lectura</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>{file} does not exist</source>
        <translation>{file} no existe</translation>
    </message>
    <message>
        <source>{file} is not a file</source>
        <translation>{file} no es un archivo</translation>
    </message>
    <message>
        <source>{file} is {size} MB; {limit}</source>
        <translation>{file} tiene {size} MB; {limit}</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} está vacío</translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <source>{number} is far more hours than any CE activity</source>
        <extracomment>No single amount of CE is anywhere near this; larger numbers are typing or file errors.</extracomment>
        <translation>{number} son muchas más horas que las de cualquier actividad de EC</translation>
    </message>
    <message>
        <source>{text} is not a number of hours</source>
        <translation>{text} no es un número de horas</translation>
    </message>
    <message>
        <source>{number} has more than two decimals</source>
        <translation>{number} tiene más de dos decimales</translation>
    </message>
    <message>
        <source>{hours} hour</source>
        <translation>{hours} hora</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <source>Pharmacy law</source>
        <translation>Legislación farmacéutica</translation>
    </message>
    <message>
        <source>Patient safety</source>
        <translation>Seguridad del paciente</translation>
    </message>
    <message>
        <source>Texas pharmacy law or rules</source>
        <translation>Legislación o reglamentos farmacéuticos de Texas</translation>
    </message>
    <message>
        <source>Prevention of medication errors</source>
        <translation>Prevención de errores de medicación</translation>
    </message>
    <message>
        <source>Human-trafficking prevention</source>
        <translation>Prevención de la trata de personas</translation>
    </message>
    <message>
        <source>Cultural competency</source>
        <translation>Competencia cultural</translation>
    </message>
    <message>
        <source>Sterile compounding</source>
        <translation>Preparación de estériles</translation>
    </message>
    <message>
        <source>Nonsterile compounding</source>
        <translation>Preparación de no estériles</translation>
    </message>
    <message>
        <source>Immunization</source>
        <translation>Inmunización</translation>
    </message>
    <message>
        <source>Pain and symptom management</source>
        <translation>Manejo del dolor y de los síntomas</translation>
    </message>
    <message>
        <source>Implicit bias</source>
        <translation>Sesgo implícito</translation>
    </message>
    <message>
        <source>Pharmacy ethics</source>
        <translation>Ética farmacéutica</translation>
    </message>
    <message>
        <source>Opioids and controlled substances</source>
        <translation>Opioides y sustancias controladas</translation>
    </message>
    <message>
        <source>Nuclear pharmacy</source>
        <translation>Farmacia nuclear</translation>
    </message>
    <message>
        <source>Long-term care</source>
        <translation>Cuidados a largo plazo</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Oncología</translation>
    </message>
    <message>
        <source>Approved by the state board</source>
        <translation>Aprobado por la junta estatal</translation>
    </message>
    <message>
        <source>Pharmacy ethics and jurisprudence</source>
        <translation>Ética y jurisprudencia farmacéuticas</translation>
    </message>
    <message>
        <source>Medication safety</source>
        <translation>Seguridad de los medicamentos</translation>
    </message>
    <message>
        <source>Sexual-harassment prevention</source>
        <translation>Prevención del acoso sexual</translation>
    </message>
    <message>
        <source>Hazardous drug handling</source>
        <translation>Manejo de medicamentos peligrosos</translation>
    </message>
</context>
<context>
    <name>topic_words</name>
    <message>
        <source>Medicines and disease states</source>
        <translation>Medicamentos y enfermedades</translation>
    </message>
    <message>
        <source>HIV/AIDS therapy</source>
        <translation>Tratamiento del VIH/sida</translation>
    </message>
    <message>
        <source>Pharmacy law</source>
        <translation>Legislación farmacéutica</translation>
    </message>
    <message>
        <source>General pharmacy</source>
        <translation>Farmacia general</translation>
    </message>
    <message>
        <source>Patient safety</source>
        <translation>Seguridad del paciente</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Inmunizaciones</translation>
    </message>
    <message>
        <source>Compounding</source>
        <translation>Preparación de medicamentos</translation>
    </message>
    <message>
        <source>Pain management</source>
        <translation>Manejo del dolor</translation>
    </message>
    <message>
        <source>Other topics (name not confirmed by ACPE)</source>
        <translation>Otros temas (nombre no confirmado por ACPE)</translation>
    </message>
    <message>
        <source>Topic {code} (not a topic we know)</source>
        <translation>Tema {code} (no es un tema que conozcamos)</translation>
    </message>
    <message>
        <source>{words} (topic {code})</source>
        <translation>{words} (tema {code})</translation>
    </message>
</context>
<context>
    <name>uan</name>
    <message>
        <source>Disease State Management/Drug Therapy</source>
        <translation>Manejo de enfermedades/farmacoterapia</translation>
    </message>
    <message>
        <source>HIV/AIDS Therapy</source>
        <translation>Tratamiento del VIH/sida</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Legislación</translation>
    </message>
    <message>
        <source>General Pharmacy/Pharmacy Administration</source>
        <translation>Farmacia general/administración de farmacias</translation>
    </message>
    <message>
        <source>Patient Safety</source>
        <translation>Seguridad del paciente</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Inmunizaciones</translation>
    </message>
    <message>
        <source>Compounding</source>
        <translation>Preparación de medicamentos</translation>
    </message>
    <message>
        <source>Pain Management</source>
        <translation>Manejo del dolor</translation>
    </message>
    <message>
        <source>Additional Topic Areas</source>
        <translation>Otras áreas temáticas</translation>
    </message>
    <message>
        <source>provider ID</source>
        <extracomment>Topic codes whose name is not confirmed by an ACPE source (rules-reference section 9.8).</extracomment>
        <translation>ID del proveedor</translation>
    </message>
    <message>
        <source>4 digits, or JA and 7 digits</source>
        <translation>4 dígitos, o JA y 7 dígitos</translation>
    </message>
    <message>
        <source>joint-provider code</source>
        <translation>código del proveedor conjunto</translation>
    </message>
    <message>
        <source>4 digits, such as 0000</source>
        <translation>4 dígitos, como 0000</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>2 digits, such as 24</source>
        <translation>2 dígitos, como 24</translation>
    </message>
    <message>
        <source>sequence number</source>
        <translation>número de secuencia</translation>
    </message>
    <message>
        <source>3 digits, such as 001</source>
        <translation>3 dígitos, como 001</translation>
    </message>
    <message>
        <source>format and topic</source>
        <translation>formato y tema</translation>
    </message>
    <message>
        <source>a letter and 2 digits, such as H03</source>
        <translation>una letra y 2 dígitos, como H03</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>público</translation>
    </message>
    <message>
        <source>P (pharmacist) or T (technician)</source>
        <translation>P (farmacéutico) o T (técnico)</translation>
    </message>
    <message>
        <source>is empty</source>
        <extracomment>Words people paste in front of a UAN: &quot;UAN:&quot;, &quot;ACPE #&quot;, &quot;ACPE UAN&quot;, &quot;UAN No.&quot;. A whole UAN written without any separator, e.g. 020400002610 2H03T once spaces go.</extracomment>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>{text} has {count} part(s) separated by dashes; a UAN has 6, like {example}</source>
        <translation>{text} tiene {count} parte(s) separadas por guiones; un UAN tiene 6, como {example}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>part {number} ({name}) is {shown}; expected {expected}</source>
        <translation>la parte {number} ({name}) es {shown}; se esperaba: {expected}</translation>
    </message>
    <message>
        <source>{code} (topic not named by ACPE sources we know)</source>
        <translation>{code} (tema sin nombre en las fuentes de ACPE que conocemos)</translation>
    </message>
    <message>
        <source>{code} {name} (name not confirmed by ACPE)</source>
        <translation>{code} {name} (nombre no confirmado por ACPE)</translation>
    </message>
</context>
</TS>
