<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>columns</name>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
    </context>
    <context>
        <name>common</name>
        <message>
            <source>Home study</source>
            <translation>A distancia</translation>
        </message>
        <message>
            <source>Technicians</source>
            <translation>Técnicos</translation>
        </message>
    </context>
    <context>
        <name>credentials_page</name>
        <message>
            <source>Your credentials</source>
            <translation>Sus credenciales</translation>
        </message>
        <message>
            <source>Past cycles (read-only)</source>
            <translation>Ciclos anteriores (solo lectura)</translation>
        </message>
        <message>
            <source>No credentials yet</source>
            <translation>Aún no hay credenciales</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Credenciales</translation>
        </message>
        <message>
            <source>Each credential has its own cycle, hours and deadline. Renew one here after the board or PTCB approves it.</source>
            <translation>Cada credencial tiene su propio ciclo, horas y fecha límite. Renueve una aquí después de que la junta o PTCB la apruebe.</translation>
        </message>
        <message>
            <source>&amp;Add a credential…</source>
            <translation>A&amp;gregar una credencial…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;itar…</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>Re&amp;novar…</translation>
        </message>
        <message>
            <source>Record a renewal and start the next cycle</source>
            <translation>Registrar una renovación y empezar el siguiente ciclo</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Quitar…</translation>
        </message>
        <message>
            <source>New credential &amp;type…</source>
            <translation>Nuevo &amp;tipo de credencial…</translation>
        </message>
        <message>
            <source>A credential rxtracker does not know: your employer's training, another state…</source>
            <translation>Una credencial que rxtracker no conoce: la capacitación de su empleador, otro estado…</translation>
        </message>
        <message>
            <source>Record &amp;done…</source>
            <translation>Marcar como &amp;hecho…</translation>
        </message>
        <message>
            <source>Record a requirement that is not hours, such as a competency attestation</source>
            <translation>Registrar un requisito que no son horas, como una constancia de competencia</translation>
        </message>
        <message>
            <source>Evaluate the credentials</source>
            <translation>Evaluar las credenciales</translation>
        </message>
        <message>
            <source>Add yourself first</source>
            <translation>Primero agréguese usted</translation>
        </message>
        <message>
            <source>Your name and home state first, then the credentials you hold.</source>
            <translation>Primero su nombre y su estado de residencia; luego las credenciales que tiene.</translation>
        </message>
        <message>
            <source>&amp;Set up my records…</source>
            <translation>&amp;Preparar mis registros…</translation>
        </message>
        <message>
            <source>Add your PTCB or NHA certification and your state registration, with the expiration date on your wallet card: rxtracker then tells you what each one still needs, and by when.</source>
            <translation>Agregue su certificación de PTCB o NHA y su registro estatal, con la fecha de vencimiento de su tarjeta: rxtracker le dirá lo que aún necesita cada una y para cuándo.</translation>
        </message>
        <message>
            <source>&amp;Add your first credential…</source>
            <translation>A&amp;gregar su primera credencial…</translation>
        </message>
        <message>
            <source>Or describe one rxtracker does not know…</source>
            <translation>O describa una que rxtracker no conoce…</translation>
        </message>
        <message>
            <source>Past cycles of {name} (kept for your records):</source>
            <translation>Ciclos anteriores de {name} (guardados para sus registros):</translation>
        </message>
        <message>
            <source>No past cycles of {name} recorded yet.</source>
            <translation>Aún no hay ciclos anteriores registrados de {name}.</translation>
        </message>
        <message>
            <source>Remove this credential?</source>
            <translation>¿Quitar esta credencial?</translation>
        </message>
        <message>
            <source>Remove {what}?

Its past cycles go with it; your CE activities stay in the CE log. You can undo this with Ctrl+Z until you close rxtracker or show another person.</source>
            <translation>¿Quitar {what}?

Sus ciclos anteriores se van con ella; sus actividades de EC se quedan en el registro de EC. Puede deshacerlo con Ctrl+Z hasta que cierre rxtracker o muestre a otra persona.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove {what}</source>
            <translation>Quitar {what}</translation>
        </message>
        <message>
            <source>Removed {what}. Press Ctrl+Z to undo.</source>
            <translation>Se quitó {what}. Pulse Ctrl+Z para deshacer.</translation>
        </message>
    </context>
    <context>
        <name>dashboard_page</name>
        <message>
            <source>Reminder</source>
            <translation>Recordatorio</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Dismiss the reminder</source>
            <translation>Descartar el recordatorio</translation>
        </message>
        <message>
            <source>Add a credential…</source>
            <translation>Agregar una credencial…</translation>
        </message>
        <message>
            <source>Upcoming deadlines</source>
            <translation>Próximas fechas límite</translation>
        </message>
        <message>
            <source>&lt;b&gt;Upcoming dates&lt;/b&gt;</source>
            <translation>&lt;b&gt;Próximas fechas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Evaluate the credentials</source>
            <translation>Evaluar las credenciales</translation>
        </message>
        <message>
            <source>No records yet. Setting them up takes three short steps.</source>
            <translation>Aún no hay registros. Prepararlos lleva tres pasos cortos.</translation>
        </message>
        <message>
            <source>Set up my records…</source>
            <translation>Preparar mis registros…</translation>
        </message>
        <message>
            <source>Hello {name}.</source>
            <translation>Hola, {name}.</translation>
        </message>
        <message>
            <source>Add the credentials you hold (PTCB or NHA certification, state registration) and rxtracker will show what each one still needs.</source>
            <translation>Agregue las credenciales que tiene (certificación de PTCB o NHA, registro estatal) y rxtracker le mostrará lo que aún necesita cada una.</translation>
        </message>
        <message>
            <source>Hello {name}. Every credential has everything it needs for this cycle.</source>
            <translation>Hola, {name}. Cada credencial tiene todo lo que necesita en este ciclo.</translation>
        </message>
        <message>
            <source>Hello {name}. Here is what to do next for each credential.</source>
            <translation>Hola, {name}. Esto es lo siguiente que debe hacer para cada credencial.</translation>
        </message>
        <message numerus="yes">
            <source>Coming up in the next %n days:</source>
            <translation>
                <numerusform>En el próximo día:</numerusform>
                <numerusform>En los próximos %n días:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>language_row</name>
        <message>
            <source>Language of rxtracker</source>
            <extracomment>Said in both languages on purpose: whoever just chose the other one can read it.</extracomment>
            <translation>Idioma de rxtracker</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Idioma del sistema ({language})</translation>
        </message>
        <message>
            <source>Restart &amp;now</source>
            <translation>Reiniciar a&amp;hora</translation>
        </message>
    </context>
    <context>
        <name>log_filters</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>Buscar (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search titles, providers, UANs, dates, topics and subjects</source>
            <translation>Buscar en títulos, proveedores, UAN, fechas, temas y materias</translation>
        </message>
        <message>
            <source>Search the CE log</source>
            <translation>Buscar en el registro de EC</translation>
        </message>
        <message>
            <source>Show CE for credential</source>
            <translation>Mostrar la EC de la credencial</translation>
        </message>
        <message>
            <source>Show CE from cycle</source>
            <translation>Mostrar la EC del ciclo</translation>
        </message>
        <message>
            <source>Show topic</source>
            <translation>Mostrar el tema</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Todos los temas</translation>
        </message>
        <message>
            <source>No topic (no UAN)</source>
            <translation>Sin tema (sin UAN)</translation>
        </message>
        <message>
            <source>Show format</source>
            <translation>Mostrar el formato</translation>
        </message>
        <message>
            <source>Live and home study</source>
            <translation>En vivo y a distancia</translation>
        </message>
        <message>
            <source>No UAN</source>
            <translation>Sin UAN</translation>
        </message>
        <message>
            <source>Any credential</source>
            <translation>Cualquier credencial</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Todas las fechas</translation>
        </message>
        <message>
            <source>Current cycle ({span})</source>
            <translation>Ciclo actual ({span})</translation>
        </message>
        <message>
            <source>Cycle {span}</source>
            <translation>Ciclo {span}</translation>
        </message>
    </context>
    <context>
        <name>log_layout</name>
        <message>
            <source>Supervisor's check:</source>
            <translation>Revisión del supervisor:</translation>
        </message>
        <message>
            <source>Add yourself first</source>
            <translation>Primero agréguese usted</translation>
        </message>
        <message>
            <source>rxtracker keeps the CE log of the people it knows. Three short steps: your name, your home state, the credentials you hold.</source>
            <translation>rxtracker lleva el registro de EC de las personas que conoce. Tres pasos cortos: su nombre, su estado de residencia y las credenciales que tiene.</translation>
        </message>
        <message>
            <source>&amp;Set up my records…</source>
            <translation>&amp;Preparar mis registros…</translation>
        </message>
        <message>
            <source>No CE logged yet</source>
            <translation>Aún no hay EC registrada</translation>
        </message>
        <message>
            <source>Log each course as you finish it: title, date, hours and UAN, with its certificate. rxtracker then tells each credential what still counts.</source>
            <translation>Registre cada curso al terminarlo: título, fecha, horas y UAN, con su certificado. rxtracker le dirá a cada credencial lo que todavía cuenta.</translation>
        </message>
        <message>
            <source>&amp;Log your first CE activity…</source>
            <translation>Re&amp;gistrar su primera actividad de EC…</translation>
        </message>
        <message>
            <source>Or import your CPE Monitor file or a spreadsheet…</source>
            <translation>O importe su archivo de CPE Monitor o una hoja de cálculo…</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Sin resultados</translation>
        </message>
        <message>
            <source>No activity has every word of the search and passes the filters chosen.</source>
            <translation>Ninguna actividad tiene todas las palabras de la búsqueda y pasa los filtros elegidos.</translation>
        </message>
        <message>
            <source>&amp;Clear the search and filters</source>
            <translation>&amp;Borrar la búsqueda y los filtros</translation>
        </message>
    </context>
    <context>
        <name>log_page</name>
        <message>
            <source>Read the CE log</source>
            <translation>Leer el registro de EC</translation>
        </message>
        <message>
            <source>CE log summary</source>
            <translation>Resumen del registro de EC</translation>
        </message>
        <message>
            <source>CE activities</source>
            <translation>Actividades de EC</translation>
        </message>
        <message>
            <source>Nothing logged yet</source>
            <translation>Aún no hay nada registrado</translation>
        </message>
        <message>
            <source>CE Log</source>
            <translation>Registro de EC</translation>
        </message>
        <message>
            <source>&amp;Log a CE activity…</source>
            <translation>Re&amp;gistrar una actividad de EC…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;itar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>&amp;Open certificate</source>
            <translation>Abrir &amp;certificado</translation>
        </message>
        <message numerus="yes">
            <source>%n activities, {hours} in all.</source>
            <translation>
                <numerusform>%n actividad, {hours} en total.</numerusform>
                <numerusform>%n actividades, {hours} en total.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n activities · {hours}</source>
            <translation>
                <numerusform>{shown} de %n actividad · {hours}</numerusform>
                <numerusform>{shown} de %n actividades · {hours}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete this activity?</source>
            <translation>¿Eliminar esta actividad?</translation>
        </message>
        <message>
            <source>Delete “{title}” ({date}, {hours})?

You can undo this with Ctrl+Z until you close rxtracker.</source>
            <translation>¿Eliminar “{title}” ({date}, {hours})?

Puede deshacerlo con Ctrl+Z hasta que cierre rxtracker.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>Eliminar “{title}”</translation>
        </message>
        <message>
            <source>Deleted “{title}”. Press Ctrl+Z to undo.</source>
            <translation>Se eliminó “{title}”. Pulse Ctrl+Z para deshacer.</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>CE Log</source>
            <translation>Registro de EC</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Credenciales</translation>
        </message>
        <message>
            <source>Pathways</source>
            <translation>Trayectorias</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
    </context>
    <context>
        <name>pathways_page</name>
        <message>
            <source>Earned</source>
            <translation>Obtenido</translation>
        </message>
        <message>
            <source>Ready to apply</source>
            <translation>Listo para solicitar</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n steps done</source>
            <translation>
                <numerusform>{done} de %n paso hecho</numerusform>
                <numerusform>{done} de %n pasos hechos</numerusform>
            </translation>
        </message>
        <message>
            <source>Earned: keep it current under Credentials</source>
            <translation>Obtenido: manténgalo vigente en Credenciales</translation>
        </message>
        <message>
            <source>Every step done: you can apply to PTCB</source>
            <translation>Todos los pasos hechos: puede presentar la solicitud a PTCB</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>Siguiente: {step}</translation>
        </message>
        <message numerus="yes">
            <source>Next: {step} (and %n more step(s))</source>
            <translation>
                <numerusform>Siguiente: {step} (y %n paso más)</numerusform>
                <numerusform>Siguiente: {step} (y %n pasos más)</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted along the nearest way: {route}.</source>
            <translation>Contado por la vía más cercana: {route}.</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Falta por hacer:</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>sin confirmar</translation>
        </message>
        <message>
            <source>Either: {route}</source>
            <translation>Una opción: {route}</translation>
        </message>
        <message>
            <source>Good to know</source>
            <translation>Conviene saber</translation>
        </message>
        <message>
            <source>Certifications and certificates</source>
            <translation>Certificaciones y certificados</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de pasos</translation>
        </message>
        <message>
            <source>Specialty areas</source>
            <translation>Áreas de especialidad</translation>
        </message>
        <message>
            <source>PTCB's certificates, the CSPT and the CPhT-Adv: what you have done and what is left. Mark a course as the PTCB-recognized program in its CE log entry, record your jobs under Work experience, and record a certificate as a credential once PTCB grants it.</source>
            <translation>Los certificados de PTCB, la CSPT y la CPhT-Adv: lo que ya hizo y lo que falta. Marque un curso como el programa reconocido por PTCB en su entrada del registro de EC, anote sus trabajos en Experiencia laboral y registre un certificado como credencial cuando PTCB se lo otorgue.</translation>
        </message>
        <message>
            <source>Pathways</source>
            <translation>Trayectorias</translation>
        </message>
        <message>
            <source>&lt;b&gt;Specialty areas&lt;/b&gt;: your logged courses that count toward each</source>
            <translation>&lt;b&gt;Áreas de especialidad&lt;/b&gt;: sus cursos registrados que cuentan para cada una</translation>
        </message>
        <message>
            <source>&lt;p&gt;Set up your records first: File ▸ Set up my records.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Primero prepare sus registros: Archivo ▸ Preparar mis registros.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Evaluate the pathways</source>
            <translation>Evaluar las trayectorias</translation>
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Same as the system</source>
            <extracomment>The Appearance choices, in the order of ``theme.MODES``.</extracomment>
            <translation>Igual que el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Remind me this many days before a deadline</source>
            <translation>Cuántos días antes de una fecha límite avisarme</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Aspecto</translation>
        </message>
        <message>
            <source>I check other technicians' records</source>
            <translation>Reviso los registros de otros técnicos</translation>
        </message>
        <message>
            <source>Shows the Team page, File ▸ People and the supervisor's checks in the CE log (always shown when rxtracker keeps more than one person)</source>
            <translation>Muestra la página Equipo, Archivo ▸ Personas y las revisiones del supervisor en el registro de EC (siempre visibles cuando rxtracker guarda a más de una persona)</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>Abrir la &amp;carpeta</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Abrir la carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Hacer una copia de &amp;seguridad ahora…</translation>
        </message>
        <message>
            <source>Back up your records now</source>
            <translation>Hacer ahora una copia de seguridad de sus registros</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>Res&amp;taurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <source>Restore your records from a backup</source>
            <translation>Restaurar sus registros desde una copia de seguridad</translation>
        </message>
        <message>
            <source>&amp;Remind me:</source>
            <translation>Recor&amp;darme:</translation>
        </message>
        <message>
            <source>&amp;Appearance:</source>
            <translation>As&amp;pecto:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Team:</source>
            <translation>Equipo:</translation>
        </message>
        <message>
            <source>Your records are in:</source>
            <translation>Sus registros están en:</translation>
        </message>
        <message>
            <source>Backup:</source>
            <translation>Copia de seguridad:</translation>
        </message>
        <message>
            <source>Reminders:</source>
            <translation>Recordatorios:</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>before a deadline (shown as a banner when rxtracker opens)</source>
            <translation>antes de una fecha límite (se muestra como aviso al abrir rxtracker)</translation>
        </message>
        <message>
            <source>The database, your certificate files and automatic backups are all in this folder. Nothing is sent anywhere.</source>
            <translation>La base de datos, sus archivos de certificados y las copias de seguridad automáticas están en esta carpeta. No se envía nada a ningún lugar.</translation>
        </message>
        <message>
            <source>Saves your records and every certificate file in one .zip file. Keep it on a USB stick or another computer.</source>
            <translation>Guarda sus registros y todos los archivos de certificados en un solo archivo .zip. Guárdelo en una memoria USB o en otra computadora.</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>Guardar una copia de seguridad</translation>
        </message>
        <message>
            <source>Backup (*.zip)</source>
            <translation>Copia de seguridad (*.zip)</translation>
        </message>
        <message>
            <source>Back up your records</source>
            <translation>Hacer una copia de seguridad de sus registros</translation>
        </message>
        <message>
            <source>Backup saved to {file}.</source>
            <translation>Copia de seguridad guardada en {file}.</translation>
        </message>
        <message>
            <source>The backup was not saved: {why}</source>
            <translation>No se guardó la copia de seguridad: {why}</translation>
        </message>
        <message numerus="yes">
            <source>Saved {file} with your records and %n certificate file(s).</source>
            <translation>
                <numerusform>Se guardó {file} con sus registros y %n archivo de certificado.</numerusform>
                <numerusform>Se guardó {file} con sus registros y %n archivos de certificados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Appearance: {choice}.</source>
            <translation>Aspecto: {choice}.</translation>
        </message>
        <message>
            <source>Supervisor's tools: shown.</source>
            <translation>Herramientas del supervisor: visibles.</translation>
        </message>
        <message>
            <source>Supervisor's tools: shown only for a team.</source>
            <translation>Herramientas del supervisor: visibles solo para un equipo.</translation>
        </message>
        <message numerus="yes">
            <source>Reminders now look %n days ahead.</source>
            <translation>
                <numerusform>Los recordatorios ahora avisan con %n día de anticipación.</numerusform>
                <numerusform>Los recordatorios ahora avisan con %n días de anticipación.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>team_empty</name>
        <message>
            <source>Nobody to show</source>
            <translation>No hay nadie que mostrar</translation>
        </message>
        <message>
            <source>No one to show yet</source>
            <translation>Aún no hay nadie que mostrar</translation>
        </message>
        <message>
            <source>The grid lists everybody's credentials, most urgent first. Bring in your team's roster (a CSV or Excel file, previewed before anything is saved).</source>
            <translation>La tabla muestra las credenciales de todos, primero las más urgentes. Traiga la lista del personal de su equipo (un archivo CSV o Excel, con vista previa antes de guardar nada).</translation>
        </message>
        <message>
            <source>Import a roster…</source>
            <translation>Importar una lista del personal…</translation>
        </message>
        <message>
            <source>Or add people one by one…</source>
            <translation>O agregue a las personas una por una…</translation>
        </message>
        <message>
            <source>Nobody matches these filters</source>
            <translation>Nadie coincide con estos filtros</translation>
        </message>
        <message>
            <source>Nobody on the team has a credential that fits every filter chosen above.</source>
            <translation>Nadie del equipo tiene una credencial que cumpla todos los filtros elegidos arriba.</translation>
        </message>
        <message>
            <source>Show everybody</source>
            <translation>Mostrar a todos</translation>
        </message>
    </context>
    <context>
        <name>team_page</name>
        <message>
            <source>Any deadline</source>
            <translation>Cualquier plazo</translation>
        </message>
        <message>
            <source>Due within 30 days</source>
            <translation>Vence en 30 días o menos</translation>
        </message>
        <message>
            <source>Due within 60 days</source>
            <translation>Vence en 60 días o menos</translation>
        </message>
        <message>
            <source>Due within 90 days</source>
            <translation>Vence en 90 días o menos</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Todos los roles</translation>
        </message>
        <message>
            <source>Technicians</source>
            <translation>Técnicos</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Técnicos líderes</translation>
        </message>
        <message>
            <source>Supervisors</source>
            <translation>Supervisores</translation>
        </message>
        <message>
            <source>Export the team report</source>
            <translation>Exportar el informe del equipo</translation>
        </message>
        <message>
            <source>team-report.pdf</source>
            <translation>informe-del-equipo.pdf</translation>
        </message>
        <message>
            <source>Team summary</source>
            <translation>Resumen del equipo</translation>
        </message>
        <message>
            <source>Team: people by credential</source>
            <translation>Equipo: personas por credencial</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Deadline window</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Only &amp;not on track</source>
            <translation>Solo los que &amp;no están al día</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>All credentials</source>
            <translation>Toda credencial</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>Usted es</translation>
        </message>
        <message>
            <source>Who is checking records: named with each verification and in the change history</source>
            <translation>Quién revisa los registros: se nombra en cada verificación y en el historial de cambios</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Personas…</translation>
        </message>
        <message>
            <source>Add, edit, deactivate or reactivate people</source>
            <translation>Agregar, editar, desactivar o reactivar personas</translation>
        </message>
        <message>
            <source>&amp;Import a roster…</source>
            <translation>&amp;Importar una lista del personal…</translation>
        </message>
        <message>
            <source>Export the team &amp;report…</source>
            <translation>Exportar el in&amp;forme del equipo…</translation>
        </message>
        <message>
            <source>Most urgent first. Double-click a person (or press Enter) to open their dashboard; click a heading to sort.</source>
            <translation>Primero lo más urgente. Doble clic en una persona (o Intro) abre su panel; un clic en un encabezado ordena.</translation>
        </message>
        <message>
            <source>&amp;You are:</source>
            <translation>Us&amp;ted es:</translation>
        </message>
        <message>
            <source>Evaluate the team</source>
            <translation>Evaluar al equipo</translation>
        </message>
        <message>
            <source>(no person)</source>
            <translation>(ninguna persona)</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(sin indicar)</translation>
        </message>
        <message>
            <source>1 person · {summary} (as of {date})</source>
            <translation>1 persona · {summary} (al {date})</translation>
        </message>
        <message numerus="yes">
            <source>%n people · {summary} (as of {date})</source>
            <translation>
                <numerusform>%n persona · {summary} (al {date})</numerusform>
                <numerusform>%n personas · {summary} (al {date})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Team report saved to {file} (%n lines).</source>
            <translation>
                <numerusform>Informe del equipo guardado en {file} (%n línea).</numerusform>
                <numerusform>Informe del equipo guardado en {file} (%n líneas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Team report saved to {file} (%n pages).</source>
            <translation>
                <numerusform>Informe del equipo guardado en {file} (%n página).</numerusform>
                <numerusform>Informe del equipo guardado en {file} (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Write the team report</source>
            <translation>Escribir el informe del equipo</translation>
        </message>
        <message>
            <source>The team report was not written: {why}</source>
            <translation>No se escribió el informe del equipo: {why}</translation>
        </message>
    </context>
    <context>
        <name>welcome_page</name>
        <message>
            <source>About you</source>
            <extracomment>Everyone is offered the national certification most technicians hold. The widest the steps' form grows (a form stretched across a wide window reads badly).</extracomment>
            <translation>Sobre usted</translation>
        </message>
        <message>
            <source>Your credentials</source>
            <translation>Sus credenciales</translation>
        </message>
        <message>
            <source>All set</source>
            <translation>Todo listo</translation>
        </message>
        <message>
            <source>Welcome to rxtracker</source>
            <translation>Bienvenido a rxtracker</translation>
        </message>
        <message>
            <source>rxtracker keeps your CE records and certificates on this computer and tells you what each of your credentials still needs, and by when. Two quick questions to get started; you can change everything later.</source>
            <translation>rxtracker guarda sus registros de EC y sus certificados en esta computadora y le dice lo que aún necesita cada una de sus credenciales, y para cuándo. Dos preguntas rápidas para empezar; puede cambiarlo todo después.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>As on your certificates</source>
            <translation>Como aparece en sus certificados</translation>
        </message>
        <message>
            <source>Choose later</source>
            <translation>Elegir después</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Su &amp;nombre:</translation>
        </message>
        <message>
            <source>&amp;Home state:</source>
            <translation>E&amp;stado de residencia:</translation>
        </message>
        <message>
            <source>Try it with &amp;sample data first</source>
            <translation>Probar primero con datos de &amp;muestra</translation>
        </message>
        <message>
            <source>Opens a second window on made-up records to look around</source>
            <translation>Abre una segunda ventana con registros inventados para explorar</translation>
        </message>
        <message>
            <source>Skip for now</source>
            <translation>Omitir por ahora</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>Si&amp;guiente</translation>
        </message>
        <message>
            <source>The sample records could not be opened.</source>
            <translation>No se pudieron abrir los registros de muestra.</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <source>Suggested for you: {names}. Add each one you hold; its expiration date is on your wallet card or the board's website.</source>
            <translation>Sugerencias para usted: {names}. Agregue cada una que tenga; la fecha de vencimiento está en su tarjeta o en el sitio web de la junta.</translation>
        </message>
        <message>
            <source>&amp;Add this credential</source>
            <translation>A&amp;gregar esta credencial</translation>
        </message>
        <message>
            <source>Credentials you added</source>
            <translation>Credenciales que agregó</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>A&amp;trás</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finalizar</translation>
        </message>
        <message>
            <source>Added so far:</source>
            <translation>Agregadas hasta ahora:</translation>
        </message>
        <message>
            <source>From your wallet card, e.g. 03/31/2027</source>
            <translation>De su tarjeta, p. ej., 03/31/2027</translation>
        </message>
        <message>
            <source>Type the expiration date: it is on your wallet card.</source>
            <translation>Escriba la fecha de vencimiento: está en su tarjeta.</translation>
        </message>
        <message>
            <source>{name}, expires {date}</source>
            <translation>{name}, vence el {date}</translation>
        </message>
        <message>
            <source>Save your records</source>
            <translation>Guardar sus registros</translation>
        </message>
        <message>
            <source>Welcome, {name}. Your records are ready.</source>
            <translation>Bienvenido, {name}. Sus registros están listos.</translation>
        </message>
        <message>
            <source>Nothing was saved: {why}</source>
            <translation>No se guardó nada: {why}</translation>
        </message>
        <message>
            <source>&amp;Open my dashboard</source>
            <translation>Abrir mi &amp;panel</translation>
        </message>
        <message numerus="yes">
            <source>Your records are ready, with %n credential(s). The dashboard shows what each one still needs and by when; log a course with Ctrl+N whenever you finish one.</source>
            <translation>
                <numerusform>Sus registros están listos, con %n credencial. El panel muestra lo que aún necesita y para cuándo; registre un curso con Ctrl+N cada vez que termine uno.</numerusform>
                <numerusform>Sus registros están listos, con %n credenciales. El panel muestra lo que aún necesita cada una y para cuándo; registre un curso con Ctrl+N cada vez que termine uno.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your records are ready. Add your credentials from the dashboard when you have their expiration dates at hand; log a course with Ctrl+N whenever you finish one.</source>
            <translation>Sus registros están listos. Agregue sus credenciales desde el panel cuando tenga a mano sus fechas de vencimiento; registre un curso con Ctrl+N cada vez que termine uno.</translation>
        </message>
    </context>
</TS>
