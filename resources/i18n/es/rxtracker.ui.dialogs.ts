<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>activity_dialog</name>
        <message>
            <source>contact hours</source>
            <translation>horas de contacto</translation>
        </message>
        <message>
            <source>CEUs (1 CEU = 10 hours)</source>
            <translation>CEU (1 CEU = 10 horas)</translation>
        </message>
        <message>
            <source>Edit CE activity</source>
            <translation>Editar actividad de EC</translation>
        </message>
        <message>
            <source>Log a CE activity</source>
            <translation>Registrar una actividad de EC</translation>
        </message>
        <message>
            <source>e.g. 0123-0000-24-001-H03-T</source>
            <translation>p. ej., 0123-0000-24-001-H03-T</translation>
        </message>
        <message>
            <source>What the UAN says</source>
            <translation>Lo que dice el UAN</translation>
        </message>
        <message>
            <source>ACPE &amp;UAN:</source>
            <translation>&amp;UAN de ACPE:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>The course title, as on the certificate</source>
            <translation>El título del curso, como aparece en el certificado</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Who gave the course</source>
            <translation>Quién impartió el curso</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Proveedor:</translation>
        </message>
        <message>
            <source>Date completed</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>&amp;Date completed:</source>
            <translation>&amp;Fecha de finalización:</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Cantidad:</translation>
        </message>
        <message>
            <source>Kind of CE</source>
            <translation>Tipo de EC</translation>
        </message>
        <message>
            <source>&amp;Kind of CE:</source>
            <translation>T&amp;ipo de EC:</translation>
        </message>
        <message>
            <source>&amp;Subjects:</source>
            <translation>T&amp;emas:</translation>
        </message>
        <message>
            <source>PTCB-recognized program for</source>
            <translation>Programa reconocido por PTCB para</translation>
        </message>
        <message>
            <source>No, an ordinary CE course</source>
            <translation>No, un curso de EC común</translation>
        </message>
        <message>
            <source>Choose the certificate when this course was a PTCB-Recognized education/training program (it then counts on the Pathways page).</source>
            <translation>Elija el certificado si este curso fue un programa de educación o capacitación reconocido por PTCB (entonces cuenta en la página Trayectorias).</translation>
        </message>
        <message>
            <source>PTCB-&amp;recognized program for:</source>
            <translation>Programa &amp;reconocido por PTCB para:</translation>
        </message>
        <message>
            <source>Certificate:</source>
            <translation>Certificado:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>What is still needed before saving</source>
            <translation>Lo que falta antes de guardar</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>e.g. {hours}</source>
            <translation>p. ej., {hours}</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>What the certificate says</source>
            <translation>Lo que dice el certificado</translation>
        </message>
        <message>
            <source>Open the stored certificate ({name})</source>
            <translation>Abrir el certificado guardado ({name})</translation>
        </message>
        <message>
            <source>Open the stored certificate {name}</source>
            <translation>Abrir el certificado guardado {name}</translation>
        </message>
        <message>
            <source>Remo&amp;ve the stored certificate</source>
            <translation>&amp;Quitar el certificado guardado</translation>
        </message>
        <message>
            <source>The stored certificate is taken off when you save.</source>
            <translation>El certificado guardado se quitará al guardar.</translation>
        </message>
        <message>
            <source>Fix the UAN: {problem}</source>
            <translation>Corrija el UAN: {problem}</translation>
        </message>
        <message>
            <source>Finish the UAN, or clear it</source>
            <translation>Complete el UAN o bórrelo</translation>
        </message>
        <message>
            <source>Enter the course title</source>
            <translation>Escriba el título del curso</translation>
        </message>
        <message>
            <source>Choose another certificate file: {problem}</source>
            <translation>Elija otro archivo de certificado: {problem}</translation>
        </message>
        <message>
            <source>Enter the hours</source>
            <translation>Escriba las horas</translation>
        </message>
        <message>
            <source>The amount must be a number such as {example} (at most two decimals)</source>
            <translation>La cantidad debe ser un número como {example} (con dos decimales como máximo)</translation>
        </message>
        <message>
            <source>The amount must be more than 0</source>
            <translation>La cantidad debe ser mayor que 0</translation>
        </message>
        <message>
            <source>That is more than 100 hours for one course; check the number</source>
            <translation>Son más de 100 horas para un solo curso; revise el número</translation>
        </message>
        <message>
            <source>Save “{title}”</source>
            <translation>Guardar “{title}”</translation>
        </message>
        <message>
            <source>Saved “{title}” ({hours}).</source>
            <translation>Se guardó “{title}” ({hours}).</translation>
        </message>
        <message>
            <source>Log it a second time?</source>
            <translation>¿Registrarla por segunda vez?</translation>
        </message>
    </context>
    <context>
        <name>already</name>
        <message>
            <source>Already recorded</source>
            <translation>Ya registrado</translation>
        </message>
    </context>
    <context>
        <name>archive_dialogs</name>
        <message>
            <source>Archive file</source>
            <translation>Archivo comprimido</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>choose a file first</source>
            <translation>elija primero un archivo</translation>
        </message>
        <message>
            <source>Take my records to another computer</source>
            <translation>Llevar mis registros a otra computadora</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save {name}'s records (credentials, CE activities, certificates, work experience) in one .zip file. On the other computer, open rxtracker and use File ▸ Bring records in from an archive.</source>
            <translation>Guarde los registros de {name} (credenciales, actividades de EC, certificados, experiencia laboral) en un solo archivo .zip. En la otra computadora, abra rxtracker y use Archivo ▸ Traer registros desde un archivo.</translation>
        </message>
        <message>
            <source>{name} records.zip</source>
            <translation>registros de {name}.zip</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Archive (*.zip)</source>
            <translation>Archivo comprimido (*.zip)</translation>
        </message>
        <message>
            <source>Save the records archive</source>
            <translation>Guardar el archivo de registros</translation>
        </message>
        <message>
            <source>Saved {name}'s records to {path}: {credentials} credentials, {activities} activities, {certificates} certificate files.</source>
            <translation>Se guardaron los registros de {name} en {path}: credenciales: {credentials}; actividades: {activities}; archivos de certificado: {certificates}.</translation>
        </message>
        <message>
            <source>Bring records in from an archive</source>
            <translation>Traer registros desde un archivo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Choose the .zip saved with File ▸ Take my records to another computer. rxtracker shows what it holds first; nothing is added until you press Import.</source>
            <translation>Elija el .zip guardado con Archivo ▸ Llevar mis registros a otra computadora. rxtracker muestra primero lo que contiene; no se agrega nada hasta que pulse Importar.</translation>
        </message>
        <message>
            <source>Choose the records archive</source>
            <translation>Elegir el archivo de registros</translation>
        </message>
        <message>
            <source>Read the records archive</source>
            <translation>Leer el archivo de registros</translation>
        </message>
        <message>
            <source>{name}: {credentials} credentials, {activities} CE activities, {certificates} certificate files (saved {saved}).</source>
            <translation>{name}: credenciales: {credentials}; actividades de EC: {activities}; archivos de certificado: {certificates} (guardado el {saved}).</translation>
        </message>
        <message>
            <source>{name} is already recorded here: not imported.</source>
            <translation>{name} ya está registrado aquí: no se importó.</translation>
        </message>
        <message>
            <source>Press Import to add them.</source>
            <translation>Pulse Importar para agregarlos.</translation>
        </message>
        <message>
            <source>Bring records in</source>
            <translation>Traer los registros</translation>
        </message>
        <message>
            <source>Added {name}: {credentials} credentials, {activities} activities, {certificates} certificate files.</source>
            <translation>Se agregó a {name}: credenciales: {credentials}; actividades: {activities}; archivos de certificado: {certificates}.</translation>
        </message>
    </context>
    <context>
        <name>audit_dialog</name>
        <message>
            <source>On</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Documents due by</source>
            <translation>Documentos a más tardar el</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>No aprobada</translation>
        </message>
        <message>
            <source>Record the day you sent the proof of your CE (the audit packet).</source>
            <translation>Registre el día en que envió la prueba de su EC (el paquete para auditoría).</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>&amp;Enviado el:</translation>
        </message>
        <message>
            <source>Record the outcome of the audit.</source>
            <translation>Registre el resultado de la auditoría.</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Resultado:</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Record an audit notice. Send the proof of your CE by its due date: File ▸ Export or print records makes the audit packet of the cycle.</source>
            <translation>Registre un aviso de auditoría. Envíe la prueba de su EC antes de la fecha límite: Archivo ▸ Exportar o imprimir registros prepara el paquete para auditoría del ciclo.</translation>
        </message>
        <message>
            <source>Notice &amp;received on:</source>
            <translation>Aviso &amp;recibido el:</translation>
        </message>
        <message>
            <source>Documents &amp;due by:</source>
            <translation>&amp;Documentos a más tardar el:</translation>
        </message>
        <message>
            <source>{credential}: audit</source>
            <translation>{credential}: auditoría</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Audit recorded.</source>
            <translation>Auditoría registrada.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>No se registró</translation>
        </message>
    </context>
    <context>
        <name>certificate_fill</name>
        <message>
            <source>title</source>
            <extracomment>The form's fields a certificate can fill, in the order the form shows them.</extracomment>
            <translation>título</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>proveedor</translation>
        </message>
        <message>
            <source>date completed</source>
            <translation>fecha de finalización</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>✓ from the certificate</source>
            <translation>✓ del certificado</translation>
        </message>
        <message>
            <source>⚠ please check</source>
            <translation>⚠ revíselo</translation>
        </message>
        <message>
            <source>{field}: read from the certificate</source>
            <translation>{field}: leído del certificado</translation>
        </message>
        <message>
            <source>{field}: read from the certificate, please check it</source>
            <translation>{field}: leído del certificado, revíselo</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Read the certificate</source>
            <translation>Leer el certificado</translation>
        </message>
        <message>
            <source>Not read (cancelled); the file is still kept with the record.</source>
            <translation>No se leyó (cancelado); el archivo se guarda igual con el registro.</translation>
        </message>
        <message>
            <source>Could not read the details ({why}); the file is still kept with the record.</source>
            <translation>No se pudieron leer los datos ({why}); el archivo se guarda igual con el registro.</translation>
        </message>
        <message>
            <source>⚠ The certificate's date, {date}, is after today: enter the day you did it.</source>
            <translation>⚠ La fecha del certificado, {date}, es posterior a hoy: escriba el día en que lo hizo.</translation>
        </message>
        <message>
            <source>{field} (the certificate says {value})</source>
            <translation>{field} (el certificado dice {value})</translation>
        </message>
        <message>
            <source>Filled from the certificate: {fields}</source>
            <translation>Completado desde el certificado: {fields}</translation>
        </message>
        <message>
            <source>⚠ Please check the {fields}: the certificate was not clear.</source>
            <translation>⚠ Revise: {fields}; el certificado no estaba claro.</translation>
        </message>
        <message>
            <source>Nothing new to fill from the certificate.</source>
            <translation>No hay nada nuevo que completar desde el certificado.</translation>
        </message>
        <message>
            <source>Kept what you typed for the {fields}.</source>
            <translation>Se conservó lo que usted escribió en: {fields}.</translation>
        </message>
        <message>
            <source>Not found on the certificate: {fields}.</source>
            <translation>No se encontró en el certificado: {fields}.</translation>
        </message>
        <message>
            <source>⚠ This certificate is made out to {participant}, not {name}: check it is theirs before saving.</source>
            <translation>⚠ Este certificado está a nombre de {participant}, no de {name}: confirme que es suyo antes de guardar.</translation>
        </message>
        <message>
            <source>⚠ The NABP e-Profile ID on the certificate ({found}) is not {name}'s ({theirs}): CPE Monitor credits it to that ID.</source>
            <translation>⚠ El NABP e-Profile ID del certificado ({found}) no es el de {name} ({theirs}): CPE Monitor lo acredita a ese ID.</translation>
        </message>
    </context>
    <context>
        <name>connect_dialog</name>
        <message>
            <source>Sign in to the team database</source>
            <translation>Iniciar sesión en la base de datos del equipo</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <source>&amp;Remember the password (in the system keyring)</source>
            <translation>&amp;Recordar la contraseña (en el llavero del sistema)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;uerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>C&amp;ontraseña:</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Not connected: {why}</source>
            <translation>No se conectó: {why}</translation>
        </message>
        <message>
            <source>Not signed in to the team database; nothing was opened.</source>
            <translation>No se inició sesión en la base de datos del equipo; no se abrió nada.</translation>
        </message>
    </context>
    <context>
        <name>credential_dialog</name>
        <message>
            <source>National certification</source>
            <translation>Certificación nacional</translation>
        </message>
        <message>
            <source>State registration or license</source>
            <translation>Registro o licencia estatal</translation>
        </message>
        <message>
            <source>Specialty certification</source>
            <translation>Certificación de especialidad</translation>
        </message>
        <message>
            <source>PTCB certificate</source>
            <translation>Certificado de PTCB</translation>
        </message>
        <message>
            <source>Your own credential type</source>
            <translation>Su propio tipo de credencial</translation>
        </message>
        <message>
            <source>Credential type</source>
            <translation>Tipo de credencial</translation>
        </message>
        <message>
            <source>&amp;Credential:</source>
            <translation>&amp;Credencial:</translation>
        </message>
        <message>
            <source>Certificate or registration number</source>
            <translation>Número de certificado o de registro</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Número:</translation>
        </message>
        <message>
            <source>Expiration date</source>
            <translation>Fecha de vencimiento</translation>
        </message>
        <message>
            <source>&amp;Expires on:</source>
            <translation>&amp;Vence el:</translation>
        </message>
        <message>
            <source>I know the day this cycle started</source>
            <translation>Sé el día en que empezó este ciclo</translation>
        </message>
        <message>
            <source>Cycle start date</source>
            <translation>Fecha de inicio del ciclo</translation>
        </message>
        <message>
            <source>Cycle start:</source>
            <translation>Inicio del ciclo:</translation>
        </message>
        <message>
            <source>If you leave it, rxtracker counts from the day after the previous expiration.</source>
            <translation>Si lo deja así, rxtracker cuenta desde el día siguiente al vencimiento anterior.</translation>
        </message>
        <message>
            <source>Not in the list…</source>
            <translation>No está en la lista…</translation>
        </message>
        <message>
            <source>My credential type is not in the list</source>
            <translation>Mi tipo de credencial no está en la lista</translation>
        </message>
        <message>
            <source>Define a credential type of your own: an employer's training, another state…</source>
            <translation>Defina su propio tipo de credencial: una capacitación de su empleador, otro estado…</translation>
        </message>
        <message>
            <source>The cycle start must be before the expiration date.</source>
            <translation>El inicio del ciclo debe ser anterior a la fecha de vencimiento.</translation>
        </message>
        <message>
            <source>Edit credential</source>
            <translation>Editar credencial</translation>
        </message>
        <message>
            <source>Add a credential</source>
            <translation>Agregar una credencial</translation>
        </message>
        <message>
            <source>Save the credential</source>
            <translation>Guardar la credencial</translation>
        </message>
        <message>
            <source>Saved {credential}: expires {date}.</source>
            <translation>Se guardó {credential}: vence el {date}.</translation>
        </message>
    </context>
    <context>
        <name>custom_type_dialog</name>
        <message>
            <source>Not tied to a state</source>
            <translation>Sin estado asociado</translation>
        </message>
        <message>
            <source>ACPE topic {code}: {words}</source>
            <translation>Tema ACPE {code}: {words}</translation>
        </message>
        <message>
            <source>Subject: {label}</source>
            <translation>Tema: {label}</translation>
        </message>
        <message>
            <source>Minimum {index}: hours</source>
            <translation>Mínimo {index}: horas</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>Minimum {index}: subject or ACPE topic</source>
            <translation>Mínimo {index}: tema o tema ACPE</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove minimum {index}</source>
            <translation>Quitar el mínimo {index}</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Al menos</translation>
        </message>
        <message>
            <source>hours of</source>
            <translation>horas de</translation>
        </message>
        <message>
            <source>A credential type of your own</source>
            <translation>Un tipo de credencial propio</translation>
        </message>
        <message>
            <source>For a credential rxtracker does not know yet, such as your employer's yearly training or a state that is not in the list. Copy the rules from the board's or employer's own page.</source>
            <translation>Para una credencial que rxtracker aún no conoce, como la capacitación anual de su empleador o un estado que no está en la lista. Copie las reglas de la página de la junta o del empleador.</translation>
        </message>
        <message>
            <source>Name of the credential type</source>
            <translation>Nombre del tipo de credencial</translation>
        </message>
        <message>
            <source>e.g. St. Mary's annual sterile training</source>
            <translation>p. ej., capacitación anual de estériles de St. Mary's</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Who issues it</source>
            <translation>Quién la emite</translation>
        </message>
        <message>
            <source>e.g. St. Mary's Hospital, or a state board</source>
            <translation>p. ej., St. Mary's Hospital o una junta estatal</translation>
        </message>
        <message>
            <source>&amp;Issued by:</source>
            <translation>&amp;Emitida por:</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>Es&amp;tado:</translation>
        </message>
        <message>
            <source>Cycle length in months</source>
            <translation>Duración del ciclo en meses</translation>
        </message>
        <message>
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <source>Renewed &amp;every:</source>
            <translation>Se renueva &amp;cada:</translation>
        </message>
        <message>
            <source>Total hours each cycle</source>
            <translation>Total de horas por ciclo</translation>
        </message>
        <message>
            <source>e.g. 10, or 0 (CPR/BLS)</source>
            <translation>p. ej., 10, o 0 (RCP/BLS)</translation>
        </message>
        <message>
            <source>Total &amp;hours each cycle:</source>
            <translation>Total de &amp;horas por ciclo:</translation>
        </message>
        <message>
            <source>Minimum hours by subject:</source>
            <translation>Horas mínimas por tema:</translation>
        </message>
        <message>
            <source>Other things to do each cycle, one per line</source>
            <translation>Otras cosas que hacer en cada ciclo, una por línea</translation>
        </message>
        <message>
            <source>Optional, one per line, e.g. Annual competency attestation</source>
            <translation>Opcional, una por línea, p. ej., constancia anual de competencia</translation>
        </message>
        <message>
            <source>Other things to &amp;do
each cycle:</source>
            <translation>Otras cosas que &amp;hacer
en cada ciclo:</translation>
        </message>
        <message>
            <source>What is still needed before saving</source>
            <translation>Lo que falta antes de guardar</translation>
        </message>
        <message>
            <source>Add a minimum (e.g. 1 hour of law)</source>
            <translation>Agregar un mínimo (p. ej., 1 hora de legislación)</translation>
        </message>
        <message>
            <source>some hours</source>
            <translation>algunas horas</translation>
        </message>
        <message>
            <source>{hours} of CE every {months} months (your own rules).</source>
            <translation>{hours} de EC cada {months} meses (sus propias reglas).</translation>
        </message>
        <message>
            <source>Enter the name of the credential type</source>
            <translation>Escriba el nombre del tipo de credencial</translation>
        </message>
        <message>
            <source>Enter who issues it</source>
            <translation>Escriba quién la emite</translation>
        </message>
        <message>
            <source>Enter the total hours each cycle</source>
            <translation>Escriba el total de horas por ciclo</translation>
        </message>
        <message>
            <source>Total hours must be a number such as 10 or {example}</source>
            <translation>El total de horas debe ser un número como 10 o {example}</translation>
        </message>
        <message>
            <source>Minimum {index}: enter the hours as a number</source>
            <translation>Mínimo {index}: escriba las horas como un número</translation>
        </message>
        <message>
            <source>A credential type with this name already exists</source>
            <translation>Ya existe un tipo de credencial con este nombre</translation>
        </message>
        <message>
            <source>Save the type {name}</source>
            <translation>Guardar el tipo {name}</translation>
        </message>
        <message>
            <source>Saved the type {name}: add it with “Add a credential…”.</source>
            <translation>Se guardó el tipo {name}: agréguelo con “Agregar una credencial…”.</translation>
        </message>
    </context>
    <context>
        <name>experience_dialog</name>
        <message>
            <source>Community (retail) pharmacy</source>
            <extracomment>Areas of work in plain words; PTCB's pathways look for some of them (see ``area_choices``).</extracomment>
            <translation>Farmacia comunitaria (minorista)</translation>
        </message>
        <message>
            <source>Hospital pharmacy</source>
            <translation>Farmacia de hospital</translation>
        </message>
        <message>
            <source>Long-term care pharmacy</source>
            <translation>Farmacia de cuidados a largo plazo</translation>
        </message>
        <message>
            <source>Compounding pharmacy</source>
            <translation>Farmacia de preparaciones magistrales</translation>
        </message>
        <message>
            <source>Specialty pharmacy</source>
            <translation>Farmacia de especialidad</translation>
        </message>
        <message>
            <source>Mail-order pharmacy</source>
            <translation>Farmacia por correo</translation>
        </message>
        <message>
            <source>Edit work experience</source>
            <translation>Editar experiencia laboral</translation>
        </message>
        <message>
            <source>Add work experience</source>
            <translation>Agregar experiencia laboral</translation>
        </message>
        <message>
            <source>Job title or role</source>
            <translation>Puesto o función</translation>
        </message>
        <message>
            <source>e.g. IV technician</source>
            <translation>p. ej., técnico de IV</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Puesto:</translation>
        </message>
        <message>
            <source>Where (setting)</source>
            <translation>Dónde (entorno)</translation>
        </message>
        <message>
            <source>Optional: where you worked</source>
            <translation>Opcional: dónde trabajó</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Dónde:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>&amp;Started:</source>
            <translation>&amp;Inicio:</translation>
        </message>
        <message>
            <source>I still work here</source>
            <translation>Todavía trabajo aquí</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>&amp;Ended:</source>
            <translation>&amp;Fin:</translation>
        </message>
        <message>
            <source> hours a week</source>
            <translation> horas por semana</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Horas por semana</translation>
        </message>
        <message>
            <source>&amp;Usual hours:</source>
            <translation>&amp;Horas habituales:</translation>
        </message>
        <message>
            <source>&amp;Areas of work:</source>
            <translation>Á&amp;reas de trabajo:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Optional, e.g. supervisor's name for a reference</source>
            <translation>Opcional, p. ej., el nombre del supervisor como referencia</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>What is still needed before saving</source>
            <translation>Lo que falta antes de guardar</translation>
        </message>
        <message>
            <source>Areas of work</source>
            <translation>Áreas de trabajo</translation>
        </message>
        <message>
            <source>Other areas of work</source>
            <translation>Otras áreas de trabajo</translation>
        </message>
        <message>
            <source>Other areas, separated by commas</source>
            <translation>Otras áreas, separadas por comas</translation>
        </message>
        <message>
            <source>PTCB's certificates and the CSPT look at these to count your experience.</source>
            <translation>Los certificados de PTCB y el CSPT las tienen en cuenta para contar su experiencia.</translation>
        </message>
        <message>
            <source>Enter your role, such as IV technician</source>
            <translation>Escriba su puesto, como técnico de IV</translation>
        </message>
        <message>
            <source>“{area}” can only use letters, digits, spaces and dashes</source>
            <translation>“{area}” solo puede tener letras, dígitos, espacios y guiones</translation>
        </message>
        <message>
            <source>Save {role}</source>
            <translation>Guardar {role}</translation>
        </message>
        <message>
            <source>Saved {role}, {period}.</source>
            <translation>Se guardó {role}, {period}.</translation>
        </message>
    </context>
    <context>
        <name>guarded</name>
        <message>
            <source>activity</source>
            <translation>esta actividad</translation>
        </message>
        <message>
            <source>credential</source>
            <translation>esta credencial</translation>
        </message>
        <message>
            <source>credential type</source>
            <translation>este tipo de credencial</translation>
        </message>
        <message>
            <source>period of work</source>
            <translation>este período de trabajo</translation>
        </message>
        <message>
            <source>Ready to save.</source>
            <extracomment>A field and what is wrong with it, in words.</extracomment>
            <translation>Listo para guardar.</translation>
        </message>
        <message>
            <source>To save, please:
{lines}</source>
            <translation>Para guardar, por favor:
{lines}</translation>
        </message>
        <message>
            <source>entry</source>
            <extracomment>What the form holds, for the question: "Discard this activity?" (a text marked with ``QT_TRANSLATE_NOOP("guarded", ...)``; its translation carries its article).</extracomment>
            <translation>esta entrada</translation>
        </message>
        <message>
            <source>Discard this {thing}?</source>
            <translation>¿Descartar {thing}?</translation>
        </message>
        <message>
            <source>{question}

What you typed here has not been saved.</source>
            <translation>{question}

Lo que escribió aquí no se ha guardado.</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
        <message>
            <source>record</source>
            <translation>este registro</translation>
        </message>
        <message>
            <source>person</source>
            <translation>esta persona</translation>
        </message>
    </context>
    <context>
        <name>help_dialogs</name>
        <message>
            <source>UAN (Universal Activity Number)</source>
            <translation>UAN (Universal Activity Number, número universal de actividad)</translation>
        </message>
        <message>
            <source>The number ACPE gives every accredited CE course, printed on your certificate, e.g. 0197-0000-25-001-H03-T. Its last parts say the topic (03), the format (H for home study, L for live) and the audience (T for technicians, P for pharmacists).</source>
            <translation>El número que ACPE da a cada curso de EC acreditado, impreso en su certificado, p. ej., 0197-0000-25-001-H03-T. Sus últimas partes indican el tema (03), el formato (H a distancia, L en vivo) y el público (T técnicos, P farmacéuticos).</translation>
        </message>
        <message>
            <source>Topic codes</source>
            <translation>Códigos de tema</translation>
        </message>
        <message>
            <source>The two digits after the H or L in a UAN: 01 medicines and disease states, 02 HIV/AIDS therapy, 03 pharmacy law, 04 general pharmacy, 05 patient safety, 06 immunizations, 07 compounding, 08 pain management. Boards ask for hours in some of these topics.</source>
            <translation>Los dos dígitos después de la H o la L en un UAN: 01 medicamentos y enfermedades, 02 tratamiento del VIH/SIDA, 03 legislación farmacéutica, 04 farmacia general, 05 seguridad del paciente, 06 inmunización, 07 preparación de medicamentos, 08 manejo del dolor. Las juntas piden horas en algunos de estos temas.</translation>
        </message>
        <message>
            <source>Technician-specific</source>
            <translation>Específica para técnicos</translation>
        </message>
        <message>
            <source>A course meant for pharmacy technicians: its UAN ends in -T. PTCB asks that your CE be technician-specific; a course for pharmacists ends in -P.</source>
            <translation>Un curso pensado para técnicos de farmacia: su UAN termina en -T. PTCB pide que su EC sea específica para técnicos; un curso para farmacéuticos termina en -P.</translation>
        </message>
        <message>
            <source>CPE Monitor</source>
            <translation>CPE Monitor</translation>
        </message>
        <message>
            <source>NABP's service that collects the ACPE courses your providers report for your NABP e-Profile ID. PTCB and many boards check it; download your transcript there and import it (File ▸ Import CE records) to see which courses have been reported.</source>
            <translation>El servicio de NABP que reúne los cursos ACPE que sus proveedores reportan para su NABP e-Profile ID. PTCB y muchas juntas lo revisan; descargue allí su historial e impórtelo (Archivo ▸ Importar registros de EC) para ver qué cursos se han reportado.</translation>
        </message>
        <message>
            <source>Renewal window</source>
            <translation>Período de renovación</translation>
        </message>
        <message>
            <source>The days in which a credential can be renewed, before its last day to apply. rxtracker shows when the window opens and the last day for each credential.</source>
            <translation>Los días en que se puede renovar una credencial, antes del último día para solicitarlo. rxtracker muestra cuándo se abre el período y el último día de cada credencial.</translation>
        </message>
        <message>
            <source>Contact hour</source>
            <translation>Hora de contacto</translation>
        </message>
        <message>
            <source>One hour of CE; 10 contact hours make 1 CEU. rxtracker counts in contact hours.</source>
            <translation>Una hora de EC; 10 horas de contacto equivalen a 1 CEU. rxtracker cuenta en horas de contacto.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>The period a credential's CE counts for, from the start of the cycle to its expiration. Renewing starts a new cycle; the past one is kept, read-only.</source>
            <translation>El período para el que cuenta la EC de una credencial, desde el inicio del ciclo hasta su vencimiento. Al renovar empieza un ciclo nuevo; el anterior se conserva, de solo lectura.</translation>
        </message>
        <message>
            <source>Lapsed or expired</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Past the last day to renew. Some boards allow a late renewal or reinstatement with extra hours or a fee; the Renewal rules (Help menu) say what each one asks.</source>
            <translation>Pasado el último día para renovar. Algunas juntas permiten una renovación tardía o la reactivación con horas adicionales o un cargo; las Reglas de renovación (menú Ayuda) dicen lo que pide cada una.</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>&amp;Glossary…</source>
            <translation>&amp;Glosario…</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glosario</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>Atajos de &amp;teclado…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>history_dialog</name>
        <message>
            <source>History of “{title}”</source>
            <translation>Historial de “{title}”</translation>
        </message>
        <message>
            <source>Every change is recorded automatically, in your computer's time; the history cannot be edited.</source>
            <translation>Cada cambio se registra automáticamente, con la hora de su computadora; el historial no se puede editar.</translation>
        </message>
        <message>
            <source>No change has been recorded for this record.</source>
            <translation>No se ha registrado ningún cambio en este registro.</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>Historial de cambios</translation>
        </message>
        <message>
            <source>No change recorded</source>
            <translation>Ningún cambio registrado</translation>
        </message>
        <message>
            <source>No change recorded yet</source>
            <translation>Aún no hay cambios registrados</translation>
        </message>
        <message>
            <source>From now on each edit, check or removal of this record is listed here, with who made it and when.</source>
            <translation>A partir de ahora, cada edición, revisión o eliminación de este registro aparece aquí, con quién la hizo y cuándo.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>item_dialog</name>
        <message>
            <source>Record done: {credential}</source>
            <translation>Registrar como hecho: {credential}</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Qué se hizo</translation>
        </message>
        <message>
            <source>Date done</source>
            <translation>Fecha en que se hizo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Optional, e.g. signed by J. Smith, pharmacy director</source>
            <translation>Opcional, p. ej., firmado por J. Smith, director de farmacia</translation>
        </message>
        <message>
            <source>&amp;What was done:</source>
            <translation>&amp;Qué se hizo:</translation>
        </message>
        <message>
            <source>&amp;Date done:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Nothing recorded yet for this credential.</source>
            <translation>Aún no hay nada registrado para esta credencial.</translation>
        </message>
        <message>
            <source>Already recorded:
{lines}</source>
            <translation>Ya registrado:
{lines}</translation>
        </message>
        <message>
            <source>Record the requirement</source>
            <translation>Registrar el requisito</translation>
        </message>
        <message>
            <source>Recorded {what}: {date}.</source>
            <translation>Se registró {what}: {date}.</translation>
        </message>
    </context>
    <context>
        <name>people_dialog</name>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>A deactivated person keeps every record and can be reactivated; they leave the person switcher and the Team page.</source>
            <translation>Una persona desactivada conserva todos sus registros y se puede reactivar; sale del selector de personas y de la página Equipo.</translation>
        </message>
        <message>
            <source>&amp;Add a person…</source>
            <translation>&amp;Agregar una persona…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Quitar…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>&amp;Reactivate</source>
            <translation>&amp;Reactivar</translation>
        </message>
        <message>
            <source>Deactivate {name}</source>
            <translation>Desactivar a {name}</translation>
        </message>
        <message>
            <source>Reactivate {name}</source>
            <translation>Reactivar a {name}</translation>
        </message>
        <message>
            <source>Remove this person?</source>
            <translation>¿Quitar a esta persona?</translation>
        </message>
        <message>
            <source>Delete {name} with {what} from rxtracker?

Edit ▸ Undo brings everything back until you close rxtracker. Deactivate keeps every record instead.</source>
            <translation>¿Eliminar a {name} con {what} de rxtracker?

Editar ▸ Deshacer recupera todo hasta que cierre rxtracker. Desactivar, en cambio, conserva todos los registros.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar {name}</translation>
        </message>
        <message>
            <source>Removed {name} with {what}. Press Ctrl+Z to undo.</source>
            <translation>Se quitó a {name} con {what}. Pulse Ctrl+Z para deshacer.</translation>
        </message>
        <message>
            <source>{name} reactivated.</source>
            <translation>{name}: reactivado.</translation>
        </message>
        <message>
            <source>{name} deactivated; every record is kept.</source>
            <translation>{name}: desactivado; se conservan todos los registros.</translation>
        </message>
    </context>
    <context>
        <name>person_dialog</name>
        <message>
            <source>Pharmacy technician</source>
            <translation>Técnico de farmacia</translation>
        </message>
        <message>
            <source>Lead technician</source>
            <translation>Técnico principal</translation>
        </message>
        <message>
            <source>Supervisor or manager</source>
            <translation>Supervisor o gerente</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Editar a {name}</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Agregar una persona</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>As on their certificates</source>
            <translation>Como aparece en sus certificados</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Función:</translation>
        </message>
        <message>
            <source>Home &amp;state:</source>
            <translation>&amp;Estado de residencia:</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Correo electrónico:</translation>
        </message>
        <message>
            <source>NABP e-Profile ID</source>
            <translation>NABP e-Profile ID</translation>
        </message>
        <message>
            <source>Optional: the ID CPE Monitor uses</source>
            <translation>Opcional: el ID que usa CPE Monitor</translation>
        </message>
        <message>
            <source>NABP e-&amp;Profile ID:</source>
            <translation>NABP e-&amp;Profile ID:</translation>
        </message>
        <message>
            <source>PTCB certification number</source>
            <translation>Número de certificación de PTCB</translation>
        </message>
        <message>
            <source>P&amp;TCB number:</source>
            <translation>Número de P&amp;TCB:</translation>
        </message>
        <message>
            <source>NHA candidate or certification number</source>
            <translation>Número de candidato o de certificación de NHA</translation>
        </message>
        <message>
            <source>N&amp;HA number:</source>
            <translation>Número de N&amp;HA:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <source>What is still needed before saving</source>
            <translation>Lo que falta antes de guardar</translation>
        </message>
        <message>
            <source>Enter the person's name</source>
            <translation>Escriba el nombre de la persona</translation>
        </message>
        <message>
            <source>Save {name}</source>
            <translation>Guardar a {name}</translation>
        </message>
        <message>
            <source>Save a second person with this name?</source>
            <translation>¿Guardar una segunda persona con este nombre?</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Se guardó a {name}.</translation>
        </message>
    </context>
    <context>
        <name>ready_dialog</name>
        <message>
            <source>Ready to apply? {credential}</source>
            <translation>¿Listo para solicitar? {credential}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{credential}: ready to apply&lt;/b&gt;</source>
            <translation>&lt;b&gt;{credential}: listo para solicitar&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{credential}: not ready yet&lt;/b&gt;</source>
            <translation>&lt;b&gt;{credential}: aún no está listo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Confirm: {what}</source>
            <translation>Confirmar: {what}</translation>
        </message>
    </context>
    <context>
        <name>renew_dialog</name>
        <message>
            <source>Renew {credential}</source>
            <translation>Renovar {credential}</translation>
        </message>
        <message>
            <source>Record that you renewed your {credential}. The cycle ending {date} is kept, read-only, under past cycles, and a new cycle starts. CE you log from now counts toward the new cycle.</source>
            <translation>Registre que renovó su {credential}. El ciclo que termina el {date} se conserva, de solo lectura, en los ciclos anteriores, y empieza un ciclo nuevo. La EC que registre desde ahora cuenta para el ciclo nuevo.</translation>
        </message>
        <message>
            <source>New expiration date</source>
            <translation>Nueva fecha de vencimiento</translation>
        </message>
        <message>
            <source>New &amp;expiration date:</source>
            <translation>Nueva fecha de &amp;vencimiento:</translation>
        </message>
        <message>
            <source>New cycle start</source>
            <translation>Inicio del nuevo ciclo</translation>
        </message>
        <message>
            <source>New cycle &amp;starts:</source>
            <translation>El nuevo ciclo &amp;empieza:</translation>
        </message>
        <message>
            <source>Renewed on</source>
            <translation>Renovada el</translation>
        </message>
        <message>
            <source>&amp;Renewed on:</source>
            <translation>&amp;Renovada el:</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Renovar</translation>
        </message>
        <message>
            <source>Not renewed</source>
            <translation>No se renovó</translation>
        </message>
    </context>
    <context>
        <name>renewal_step_dialog</name>
        <message>
            <source>On</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Fee paid</source>
            <translation>Cargo pagado</translation>
        </message>
        <message>
            <source>the usual fee</source>
            <translation>el cargo habitual</translation>
        </message>
        <message>
            <source>Why it was returned</source>
            <translation>Por qué se devolvió</translation>
        </message>
        <message>
            <source>e.g. Missing 1 hour of pharmacy law CE</source>
            <translation>p. ej., falta 1 hora de EC de legislación farmacéutica</translation>
        </message>
        <message>
            <source>New expiration date</source>
            <translation>Nueva fecha de vencimiento</translation>
        </message>
        <message>
            <source>&amp;Fee paid ($):</source>
            <translation>&amp;Cargo pagado ($):</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>New &amp;expiration date:</source>
            <translation>Nueva fecha de &amp;vencimiento:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>No se registró</translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Choose a backup (.zip) made with Back up now or an automatic backup. rxtracker shows what it holds first. Restoring replaces the records on this computer; the current ones are saved first as a backup in {folder}.</source>
            <translation>Elija una copia de seguridad (.zip) hecha con Hacer copia ahora o una copia automática. rxtracker muestra primero lo que contiene. Restaurar reemplaza los registros de esta computadora; los actuales se guardan antes como copia de seguridad en {folder}.</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>No backup chosen yet</source>
            <translation>Aún no se eligió ninguna copia</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>What the backup holds</source>
            <translation>Lo que contiene la copia</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Elegir una copia de seguridad</translation>
        </message>
        <message>
            <source>Backup (*.zip)</source>
            <translation>Copia de seguridad (*.zip)</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>Leyendo la copia de seguridad…</translation>
        </message>
        <message>
            <source>Read the backup</source>
            <translation>Leer la copia de seguridad</translation>
        </message>
        <message>
            <source>{name} ({credentials}, {activities})</source>
            <translation>{name} ({credentials}, {activities})</translation>
        </message>
        <message numerus="yes">
            <source>%n credential(s)</source>
            <translation>
                <numerusform>%n credencial</numerusform>
                <numerusform>%n credenciales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate file(s)</source>
            <translation>
                <numerusform>%n archivo de certificado</numerusform>
                <numerusform>%n archivos de certificado</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup made on {date} (rxtracker {version}): {people}; {files}. Press Restore to replace the records on this computer with these.</source>
            <translation>Copia hecha el {date} (rxtracker {version}): {people}; {files}. Pulse Restaurar para reemplazar con estos los registros de esta computadora.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>Restored from the backup.</source>
            <translation>Se restauró desde la copia de seguridad.</translation>
        </message>
        <message>
            <source>Restored from {name}. Your previous records are saved in {folder}.</source>
            <translation>Se restauró desde {name}. Sus registros anteriores están guardados en {folder}.</translation>
        </message>
        <message>
            <source>Not restored: {why}</source>
            <translation>No se restauró: {why}</translation>
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
    </context>
    <context>
        <name>roster_dialog</name>
        <message>
            <source>Import a roster</source>
            <translation>Importar una lista de personal</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Listas de personal (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>A CSV or Excel file with a row per person: name, e-mail, role, home state, and optionally a credential (type, number, expiration). Nothing is written until you press Import.</source>
            <translation>Un archivo CSV o de Excel con una fila por persona: nombre, correo electrónico, función, estado de residencia y, si quiere, una credencial (tipo, número, vencimiento). No se escribe nada hasta que pulse Importar.</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Elegir un archivo…</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>No se eligió ningún archivo.</translation>
        </message>
        <message>
            <source>What each roster row would do</source>
            <translation>Lo que haría cada fila de la lista</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Read {name}</source>
            <translation>Leer {name}</translation>
        </message>
        <message>
            <source>If you import: {what}.</source>
            <translation>Si importa: {what}.</translation>
        </message>
        <message>
            <source>Import the roster</source>
            <translation>Importar la lista de personal</translation>
        </message>
        <message>
            <source>Roster imported: {what}.</source>
            <translation>Lista de personal importada: {what}.</translation>
        </message>
    </context>
    <context>
        <name>rules_dialog</name>
        <message>
            <source>Source: {source} (checked {date})</source>
            <translation>Fuente: {source} (revisada el {date})</translation>
        </message>
        <message>
            <source>Issued by {issuer}. CE: &lt;b&gt;{hours}&lt;/b&gt;. Facts {confirmed}.</source>
            <translation>Emitida por {issuer}. EC: &lt;b&gt;{hours}&lt;/b&gt;. Datos {confirmed}.</translation>
        </message>
        <message>
            <source>Renewal rules</source>
            <translation>Reglas de renovación</translation>
        </message>
        <message>
            <source>State or credential</source>
            <translation>Estado o credencial</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>Choose a state or credential to see its rules and where each comes from.</source>
            <translation>Elija un estado o una credencial para ver sus reglas y de dónde viene cada una.</translation>
        </message>
    </context>
    <context>
        <name>uan_feedback</name>
        <message>
            <source>Optional. Paste the ACPE number from the certificate to fill the details.</source>
            <translation>Opcional. Pegue el número ACPE del certificado para completar los datos.</translation>
        </message>
        <message>
            <source>Keep typing: a UAN has 6 parts, like {example}.</source>
            <translation>Siga escribiendo: un UAN tiene 6 partes, como {example}.</translation>
        </message>
        <message>
            <source>Format letter {letter} is not one ACPE defines (counted as not live)</source>
            <translation>La letra de formato {letter} no es una que defina ACPE (se cuenta como no en vivo)</translation>
        </message>
        <message>
            <source>{format} · {topic} · for {audience}</source>
            <translation>{format} · {topic} · para {audience}</translation>
        </message>
    </context>
    <context>
        <name>verification</name>
        <message>
            <source>Send back to the technician</source>
            <translation>Devolver al técnico</translation>
        </message>
        <message>
            <source>What should be fixed in “{title}”? (for example: the certificate is for another course, or the hours do not match)</source>
            <translation>¿Qué hay que corregir en “{title}”? (por ejemplo: el certificado es de otro curso o las horas no coinciden)</translation>
        </message>
        <message>
            <source>Ve&amp;rified</source>
            <translation>&amp;Verificado</translation>
        </message>
        <message>
            <source>Mark as checked: the certificate matches the record</source>
            <translation>Marcar como revisado: el certificado coincide con el registro</translation>
        </message>
        <message>
            <source>Send &amp;back…</source>
            <translation>Devo&amp;lver…</translation>
        </message>
        <message>
            <source>Return to the technician with a note saying what to fix</source>
            <translation>Devolver al técnico con una nota que diga qué corregir</translation>
        </message>
        <message>
            <source>Histor&amp;y…</source>
            <translation>Histori&amp;al…</translation>
        </message>
        <message>
            <source>Every change made to this record (read-only)</source>
            <translation>Cada cambio hecho en este registro (solo lectura)</translation>
        </message>
        <message>
            <source>Check “{title}”</source>
            <translation>Revisar “{title}”</translation>
        </message>
        <message>
            <source>“{title}”: {state}.</source>
            <translation>“{title}”: {state}.</translation>
        </message>
    </context>
</TS>
