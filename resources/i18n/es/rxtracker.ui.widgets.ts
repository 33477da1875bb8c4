<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>card_parts</name>
        <message>
            <source> (not confirmed: see Why?)</source>
            <translation> (sin confirmar: vea ¿Por qué?)</translation>
        </message>
        <message>
            <source>Held since {date}.</source>
            <translation>Vigente desde el {date}.</translation>
        </message>
        <message>
            <source>Started {date}</source>
            <translation>Empezó el {date}</translation>
        </message>
        <message>
            <source>renewal window opened {date}</source>
            <translation>período de renovación abierto el {date}</translation>
        </message>
        <message>
            <source>renewal window opens {date}</source>
            <translation>el período de renovación abre el {date}</translation>
        </message>
        <message>
            <source>apply by {date}</source>
            <translation>solicitar a más tardar el {date}</translation>
        </message>
        <message>
            <source>expired {date}</source>
            <translation>venció el {date}</translation>
        </message>
        <message>
            <source>expires {date}</source>
            <translation>vence el {date}</translation>
        </message>
        <message>
            <source>reinstate by {date}</source>
            <translation>reactivar a más tardar el {date}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Exactly what the rules still ask for:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Exactamente lo que aún piden las reglas:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The rules of this cycle:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Las reglas de este ciclo:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Good to know:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Conviene saber:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Not confirmed by an official page:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Sin confirmar en una página oficial:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>card_words</name>
        <message>
            <source>Done</source>
            <extracomment>The pill's word for each phase (see :func:`pill_words` for the honest ones).</extracomment>
            <translation>Completo</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Al día</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>En riesgo</translation>
        </message>
        <message>
            <source>Past the deadline</source>
            <translation>Fecha límite pasada</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Expired {ago} ({date})</source>
            <translation>Vencida {ago} ({date})</translation>
        </message>
        <message>
            <source>Lapsed, expired {ago} ({date})</source>
            <translation>Vencida: venció {ago} ({date})</translation>
        </message>
        <message>
            <source>{phase} since {date}</source>
            <translation>{phase} desde el {date}</translation>
        </message>
        <message>
            <source>{phase}, deadline {days}</source>
            <translation>{phase}, fecha límite {days}</translation>
        </message>
        <message>
            <source>Behind pace</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <source>Course to do</source>
            <translation>Falta un curso</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>{hours} more hour</source>
            <translation>{hours} hora más</translation>
        </message>
        <message>
            <source>{hours} more hours</source>
            <translation>{hours} horas más</translation>
        </message>
        <message>
            <source>the {name}</source>
            <translation>{name}</translation>
        </message>
        <message>
            <source>{hours} of {topic}</source>
            <translation>{hours} de {topic}</translation>
        </message>
        <message>
            <source>{more} (including {topics})</source>
            <translation>{more} (incluidas {topics})</translation>
        </message>
        <message>
            <source>take {what}</source>
            <translation>tome {what}</translation>
        </message>
        <message>
            <source>record {what}</source>
            <translation>registre {what}</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>Held; it does not expire, so there is nothing to renew.</source>
            <translation>Vigente; no vence, así que no hay nada que renovar.</translation>
        </message>
        <message>
            <source>The apply-by date passed on {deadline}: {needs}, and renew before it expires on {end} ({days}).</source>
            <translation>La fecha límite para solicitar pasó el {deadline}: {needs}, y renueve antes de que venza el {end} ({days}).</translation>
        </message>
        <message>
            <source>{needs} by {date} ({days}).</source>
            <translation>{needs} a más tardar el {date} ({days}).</translation>
        </message>
        <message>
            <source>Expired on {end}. It can no longer be renewed: ask the issuer how to certify or register again.</source>
            <translation>Venció el {end}. Ya no se puede renovar: pregunte al emisor cómo certificarse o registrarse de nuevo.</translation>
        </message>
        <message>
            <source>Expired on {end}; the time to reinstate it ended on {ended}. It can no longer be renewed: ask the issuer how to certify or register again.</source>
            <translation>Venció el {end}; el plazo para reactivarla terminó el {ended}. Ya no se puede renovar: pregunte al emisor cómo certificarse o registrarse de nuevo.</translation>
        </message>
        <message>
            <source>Lapsed on {end}. Ask the issuer how to reinstate it.</source>
            <translation>Venció el {end}. Pregunte al emisor cómo reactivarla.</translation>
        </message>
        <message>
            <source>Lapsed on {end}. Reinstate by {date} ({days}): {needs}, then apply.</source>
            <translation>Venció el {end}. Reactívela a más tardar el {date} ({days}): {needs} y luego presente la solicitud.</translation>
        </message>
        <message>
            <source>Reinstate by {date} ({days}).</source>
            <translation>Reactívela a más tardar el {date} ({days}).</translation>
        </message>
        <message>
            <source>Everything is done. Renew before it expires on {end}.</source>
            <translation>Todo está completo. Renueve antes de que venza el {end}.</translation>
        </message>
        <message>
            <source>Everything is done: apply to renew by {date}.</source>
            <translation>Todo está completo: solicite la renovación a más tardar el {date}.</translation>
        </message>
        <message>
            <source>Everything is done. Apply to renew between {opens} and {date}.</source>
            <translation>Todo está completo. Solicite la renovación entre el {opens} y el {date}.</translation>
        </message>
        <message>
            <source>not needed this cycle</source>
            <translation>no se necesita en este ciclo</translation>
        </message>
        <message>
            <source>✓ done</source>
            <translation>✓ completo</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>aún no completo</translation>
        </message>
        <message>
            <source>{hours} to go</source>
            <translation>faltan {hours}</translation>
        </message>
        <message>
            <source>{counted} of {required} h, {done}</source>
            <translation>{counted} de {required} h, {done}</translation>
        </message>
        <message>
            <source>{name} expired on {date}. Ask the issuer how to certify or register again.</source>
            <translation>{name} venció el {date}. Pregunte al emisor cómo certificarse o registrarse de nuevo.</translation>
        </message>
        <message>
            <source>{name} lapsed on {date}. Reinstate it by {until} ({days}).</source>
            <translation>{name} venció el {date}. Reactívela a más tardar el {until} ({days}).</translation>
        </message>
    </context>
    <context>
        <name>certificate_drop</name>
        <message>
            <source>Certificates (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)</source>
            <translation>Certificados (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)</translation>
        </message>
        <message>
            <source>Drop the certificate here (PDF, PNG or JPEG), or choose the file:</source>
            <translation>Suelte el certificado aquí (PDF, PNG o JPEG) o elija el archivo:</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>Choose the certificate file</source>
            <translation>Elegir el archivo del certificado</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the chosen certificate</source>
            <translation>Quitar el certificado elegido</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>image</source>
            <translation>imagen</translation>
        </message>
        <message>
            <source>{name} ({kind}, {size}) will be kept with the record.</source>
            <translation>{name} ({kind}, {size}) se guardará con el registro.</translation>
        </message>
        <message>
            <source>Choose the certificate</source>
            <translation>Elegir el certificado</translation>
        </message>
    </context>
    <context>
        <name>cpe_monitor_panel</name>
        <message>
            <source>Contact the provider (day {day})</source>
            <extracomment>At most this many courses are listed; the rest are counted.</extracomment>
            <translation>Contacte al proveedor (día {day})</translation>
        </message>
        <message>
            <source>Overdue (day {day})</source>
            <translation>Fuera de plazo (día {day})</translation>
        </message>
        <message numerus="yes">
            <source>Waiting, %n day(s) left</source>
            <translation>
                <numerusform>En espera, queda %n día</numerusform>
                <numerusform>En espera, quedan %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ACPE course(s) with a UAN not checked yet. Download your transcript from NABP's CPE Monitor and import it (File ▸ Import) to see which ones your providers have reported; PTCB checks CPE Monitor.</source>
            <translation>
                <numerusform>%n curso ACPE con UAN aún sin verificar. Descargue su historial de CPE Monitor de NABP e impórtelo (Archivo ▸ Importar) para ver si su proveedor ya lo reportó; PTCB revisa CPE Monitor.</numerusform>
                <numerusform>%n cursos ACPE con UAN aún sin verificar. Descargue su historial de CPE Monitor de NABP e impórtelo (Archivo ▸ Importar) para ver cuáles ya reportaron sus proveedores; PTCB revisa CPE Monitor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…y %n más.</numerusform>
                <numerusform>…y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Providers have {days} days to report. Ask the provider of any course marked “Contact the provider” or “Overdue” to report it, then import a new CPE Monitor transcript.</source>
            <translation>Los proveedores tienen {days} días para reportar. Pida al proveedor de cada curso marcado “Contacte al proveedor” o “Fuera de plazo” que lo reporte y luego importe un nuevo historial de CPE Monitor.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not yet in CPE Monitor&lt;/b&gt;</source>
            <translation>&lt;b&gt;Aún no está en CPE Monitor&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Courses not yet in CPE Monitor</source>
            <translation>Cursos que aún no están en CPE Monitor</translation>
        </message>
    </context>
    <context>
        <name>credential_card</name>
        <message>
            <source>Applied…</source>
            <extracomment>Below this width (pixels) a card puts its chart under the dates and progress, not beside them. The card's button for each step of a renewal application, and the sentence atop its form.</extracomment>
            <translation>Solicitada…</translation>
        </message>
        <message>
            <source>Record that you applied to renew and paid the fee.</source>
            <translation>Registre que solicitó la renovación y pagó el cargo.</translation>
        </message>
        <message>
            <source>Returned…</source>
            <translation>Devuelta…</translation>
        </message>
        <message>
            <source>Record that the application came back. PTCB's e-mail says why; you have 30 days to resubmit (with a $10 reprocessing fee), or you request reinstatement.</source>
            <translation>Registre que la solicitud fue devuelta. El correo de PTCB dice por qué; tiene 30 días para volver a enviarla (con un cargo de $10 por reprocesamiento) o pedir la reactivación.</translation>
        </message>
        <message>
            <source>Resubmitted…</source>
            <translation>Reenviada…</translation>
        </message>
        <message>
            <source>Record that you resubmitted the returned application.</source>
            <translation>Registre que volvió a enviar la solicitud devuelta.</translation>
        </message>
        <message>
            <source>Approved…</source>
            <translation>Aprobada…</translation>
        </message>
        <message>
            <source>Record the approval: the cycle is kept under past cycles and the new one starts.</source>
            <translation>Registre la aprobación: el ciclo se conserva en los ciclos anteriores y empieza el nuevo.</translation>
        </message>
        <message>
            <source>Renewal application</source>
            <extracomment>A step button was clicked: the Step to record for this card's credential.</extracomment>
            <translation>Solicitud de renovación</translation>
        </message>
        <message>
            <source>Why: the rule details</source>
            <translation>Por qué: los detalles de las reglas</translation>
        </message>
        <message>
            <source>Why? ▾</source>
            <translation>¿Por qué? ▾</translation>
        </message>
        <message>
            <source>Why? ▸</source>
            <translation>¿Por qué? ▸</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>N.º {number}</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>Log CE…</source>
            <translation>Registrar EC…</translation>
        </message>
        <message>
            <source>Log a CE activity for {credential}</source>
            <translation>Registrar una actividad de EC para {credential}</translation>
        </message>
        <message>
            <source>Some rules not confirmed</source>
            <translation>Algunas reglas sin confirmar</translation>
        </message>
        <message>
            <source>Audit…</source>
            <translation>Auditoría…</translation>
        </message>
        <message>
            <source>{credential}: audit notice, documents, outcome</source>
            <translation>{credential}: aviso de auditoría, documentos, resultado</translation>
        </message>
        <message>
            <source>Why: the rule details of {credential}</source>
            <translation>Por qué: los detalles de las reglas de {credential}</translation>
        </message>
        <message>
            <source>Ready to apply?</source>
            <translation>¿Listo para solicitar?</translation>
        </message>
        <message>
            <source>Courses logged twice in this cycle</source>
            <translation>Cursos registrados dos veces en este ciclo</translation>
        </message>
    </context>
    <context>
        <name>date_edit</name>
        <message>
            <source>Type the date (03/31/2027, Mar 31 2027...) or pick it in the calendar</source>
            <translation>Escriba la fecha (03/31/2027, 31 mar 2027...) o elíjala en el calendario</translation>
        </message>
        <message>
            <source>{name}: calendar</source>
            <extracomment>How a date typed in the interface's locale is read when ``parse_date`` cannot ("31 mar 2027"). Weeks start as a US English calendar starts them (Sunday), whatever the system says.</extracomment>
            <translation>{name}: calendario</translation>
        </message>
        <message>
            <source>{typed} is after {date}, the latest date allowed</source>
            <translation>{typed} es posterior al {date}, la última fecha permitida</translation>
        </message>
        <message>
            <source>{typed} is before {date}, the earliest date allowed</source>
            <translation>{typed} es anterior al {date}, la primera fecha permitida</translation>
        </message>
    </context>
    <context>
        <name>experience_panel</name>
        <message>
            <source>Your work experience</source>
            <translation>Su experiencia laboral</translation>
        </message>
        <message>
            <source>No work experience recorded yet. Add your jobs (role, dates, hours a week, areas such as sterile compounding) and rxtracker counts the years the CSPT and PTCB's certificates ask for.</source>
            <translation>Aún no hay experiencia laboral registrada. Agregue sus empleos (puesto, fechas, horas por semana, áreas como la preparación de estériles) y rxtracker cuenta los años que piden el CSPT y los certificados de PTCB.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Work experience&lt;/b&gt;: counted by the steps above</source>
            <translation>&lt;b&gt;Experiencia laboral&lt;/b&gt;: la cuentan los pasos de arriba</translation>
        </message>
        <message>
            <source>Add &amp;work experience…</source>
            <translation>Agregar &amp;experiencia laboral…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected work experience</source>
            <translation>Editar la experiencia laboral seleccionada</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Remove the selected work experience</source>
            <translation>Quitar la experiencia laboral seleccionada</translation>
        </message>
        <message>
            <source>Remove this work experience?</source>
            <translation>¿Quitar esta experiencia laboral?</translation>
        </message>
        <message>
            <source>Remove {role} ({period}) from your work experience?</source>
            <translation>¿Quitar {role} ({period}) de su experiencia laboral?</translation>
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
            <source>Removed {what}.</source>
            <translation>Se quitó {what}.</translation>
        </message>
    </context>
    <context>
        <name>frozen_table</name>
        <message>
            <source>Names (stay in view while scrolling sideways)</source>
            <translation>Nombres (siguen a la vista al desplazarse de lado)</translation>
        </message>
    </context>
    <context>
        <name>inline_progress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel: {what}</source>
            <translation>Cancelar: {what}</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
    </context>
    <context>
        <name>next_panel</name>
        <message>
            <source>{hours} on {subject}</source>
            <extracomment>At most this many suggestions are listed; the rest are counted.</extracomment>
            <translation>{hours} sobre {subject}</translation>
        </message>
        <message>
            <source>{hours} of {topic} (ACPE topic {number})</source>
            <translation>{hours} de {topic} (tema ACPE {number})</translation>
        </message>
        <message>
            <source>{hours} of CE on any subject</source>
            <translation>{hours} de EC sobre cualquier tema</translation>
        </message>
        <message>
            <source>{course}, live</source>
            <translation>{course}, en vivo</translation>
        </message>
        <message>
            <source>An ACPE course for pharmacy technicians</source>
            <translation>Un curso ACPE para técnicos de farmacia</translation>
        </message>
        <message>
            <source>An ACPE course</source>
            <translation>Un curso ACPE</translation>
        </message>
        <message>
            <source>{kind}; when you log it, add the tag "{tag}"</source>
            <translation>{kind}; al registrarlo, agregue la etiqueta "{tag}"</translation>
        </message>
        <message>
            <source>{kind}. Counts for {what}.</source>
            <translation>{kind}. Cuenta para {what}.</translation>
        </message>
        <message>
            <source> A live course would also meet {what}.</source>
            <translation> Un curso en vivo también cumpliría {what}.</translation>
        </message>
        <message>
            <source>your {credential} {requirement}</source>
            <translation>{requirement} de su {credential}</translation>
        </message>
        <message>
            <source>{credential} ({hours} more)</source>
            <translation>{credential} ({hours} más)</translation>
        </message>
        <message>
            <source>the hours your {named} still needs</source>
            <translation>las horas que aún necesita su {named}</translation>
        </message>
        <message>
            <source>the hours your {named} still need</source>
            <translation>las horas que aún necesitan sus {named}</translation>
        </message>
        <message>
            <source> ({hours} still needed)</source>
            <translation> (aún faltan {hours})</translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;…and %n more (`rxtracker next` lists them all).&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;…y %n más (`rxtracker next` los muestra todos).&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;…y %n más (`rxtracker next` los muestra todos).&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;What to take next&lt;/b&gt;</source>
            <translation>&lt;b&gt;Qué tomar ahora&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The kinds of course that count for the most of your credentials at once:</source>
            <translation>Los tipos de curso que cuentan para más credenciales suyas a la vez:</translation>
        </message>
        <message>
            <source>Courses to take next</source>
            <translation>Cursos que tomar ahora</translation>
        </message>
    </context>
    <context>
        <name>pace_chart</name>
        <message>
            <source>The cycle ended on {date} with {earned} of {required}.</source>
            <translation>El ciclo terminó el {date} con {earned} de {required}.</translation>
        </message>
        <message>
            <source>At an even pace you would have about {expected} hours by today; you have {earned}.</source>
            <translation>A un ritmo constante tendría unas {expected} horas a hoy; usted tiene {earned}.</translation>
        </message>
        <message>
            <source>Hours over the cycle of {name}</source>
            <translation>Horas a lo largo del ciclo de {name}</translation>
        </message>
        <message>
            <source>— hours earned, ● a course</source>
            <translation>— horas obtenidas, ● un curso</translation>
        </message>
        <message>
            <source>- - even pace</source>
            <translation>- - ritmo constante</translation>
        </message>
        <message>
            <source>▮ renewal window</source>
            <translation>▮ período de renovación</translation>
        </message>
        <message>
            <source>··· your plan</source>
            <translation>··· su plan</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
    </context>
    <context>
        <name>plan_on_card</name>
        <message>
            <source>the {name}</source>
            <translation>{name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Your plan:&lt;/b&gt; {plan}</source>
            <translation>&lt;b&gt;Su plan:&lt;/b&gt; {plan}</translation>
        </message>
        <message>
            <source>Your plan</source>
            <translation>Su plan</translation>
        </message>
    </context>
    <context>
        <name>reminders_box</name>
        <message>
            <source>an autostart entry of your desktop</source>
            <translation>una entrada de inicio automático de su escritorio</translation>
        </message>
        <message>
            <source>a Task Scheduler task (daily at 9:00)</source>
            <translation>una tarea del Programador de tareas (a diario a las 9:00)</translation>
        </message>
        <message>
            <source>a LaunchAgent (at login and daily at 9:00)</source>
            <translation>un LaunchAgent (al iniciar sesión y a diario a las 9:00)</translation>
        </message>
        <message>
            <source>a system entry</source>
            <translation>una entrada del sistema</translation>
        </message>
        <message>
            <source>&amp;Check once a day at login and notify me when something is due</source>
            <translation>&amp;Revisar una vez al día al iniciar sesión y avisarme cuando algo esté por vencer</translation>
        </message>
        <message>
            <source>Reminders while rxtracker is closed</source>
            <translation>Recordatorios con rxtracker cerrado</translation>
        </message>
        <message>
            <source>Reminder state</source>
            <translation>Estado de los recordatorios</translation>
        </message>
        <message>
            <source>Your calendar app can subscribe to your renewal dates in {path} (kept up to date by each check).</source>
            <translation>Su aplicación de calendario puede suscribirse a sus fechas de renovación en {path} (cada revisión lo mantiene al día).</translation>
        </message>
        <message>
            <source>Calendar subscription file</source>
            <translation>Archivo de suscripción del calendario</translation>
        </message>
        <message>
            <source>Check the reminders</source>
            <translation>Revisar los recordatorios</translation>
        </message>
        <message>
            <source>On: {where}{place} runs the check; a notification appears only when a renewal window opens, a deadline is near or a course is overdue in CPE Monitor. Click it to open rxtracker on that credential.</source>
            <translation>Activado: {where}{place} hace la revisión; solo aparece un aviso cuando se abre un período de renovación, se acerca una fecha límite o un curso está fuera de plazo en CPE Monitor. Haga clic en el aviso para abrir rxtracker en esa credencial.</translation>
        </message>
        <message>
            <source>Off. Turning it on adds {where}; turning it off removes it.</source>
            <translation>Desactivado. Al activarlo se agrega {where}; al desactivarlo se quita.</translation>
        </message>
        <message>
            <source>Turn reminders on</source>
            <translation>Activar los recordatorios</translation>
        </message>
        <message>
            <source>Turn reminders off</source>
            <translation>Desactivar los recordatorios</translation>
        </message>
        <message>
            <source>Reminders are on.</source>
            <translation>Los recordatorios están activados.</translation>
        </message>
        <message>
            <source>Reminders are off.</source>
            <translation>Los recordatorios están desactivados.</translation>
        </message>
        <message>
            <source>Reminders were not changed: {why}</source>
            <translation>No se cambiaron los recordatorios: {why}</translation>
        </message>
    </context>
    <context>
        <name>state_picker</name>
        <message>
            <source>Home state</source>
            <translation>Estado de residencia</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin indicar</translation>
        </message>
    </context>
    <context>
        <name>steps</name>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Step {number} of {count}: {name}</source>
            <translation>Paso {number} de {count}: {name}</translation>
        </message>
        <message>
            <source>Step {number} of {count}</source>
            <translation>Paso {number} de {count}</translation>
        </message>
    </context>
    <context>
        <name>tag_picker</name>
        <message>
            <source>Subjects this course covers</source>
            <translation>Temas que cubre este curso</translation>
        </message>
        <message>
            <source>Other subjects, separated by commas</source>
            <translation>Otros temas, separados por comas</translation>
        </message>
        <message>
            <source>Other subjects</source>
            <translation>Otros temas</translation>
        </message>
        <message>
            <source>“{tag}” can only use letters, digits, spaces and dashes</source>
            <translation>“{tag}” solo puede tener letras, dígitos, espacios y guiones</translation>
        </message>
    </context>
    <context>
        <name>team_next</name>
        <message>
            <source>Move to a person (a click or the arrow keys) to see what they should take next; double-click (or press Enter) to open their dashboard.</source>
            <translation>Muévase a una persona (con un clic o las flechas) para ver qué debería tomar ahora; haga doble clic (o pulse Intro) para abrir su panel.</translation>
        </message>
        <message>
            <source>What the selected person should take next</source>
            <translation>Qué debería tomar ahora la persona seleccionada</translation>
        </message>
        <message>
            <source>No course to suggest for &lt;b&gt;{name}&lt;/b&gt; now.</source>
            <translation>Por ahora no hay cursos que sugerir para &lt;b&gt;{name}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What {name} should take next&lt;/b&gt;</source>
            <translation>&lt;b&gt;Qué debería tomar ahora {name}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>team_person</name>
        <message>
            <source>The selected person</source>
            <extracomment>The panel's width in average characters: room for a sentence, the grid keeps the rest.</extracomment>
            <translation>La persona seleccionada</translation>
        </message>
        <message>
            <source>Nobody selected</source>
            <translation>Nadie seleccionado</translation>
        </message>
        <message>
            <source>Their credentials</source>
            <translation>Sus credenciales</translation>
        </message>
        <message>
            <source>Open their &amp;dashboard</source>
            <translation>Abrir su &amp;panel</translation>
        </message>
        <message>
            <source>Choose a person</source>
            <translation>Elija a una persona</translation>
        </message>
        <message>
            <source>No credentials recorded.</source>
            <translation>No hay credenciales registradas.</translation>
        </message>
    </context>
    <context>
        <name>undo_notice</name>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Deleted {what}.</source>
            <translation>Se eliminó {what}.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Removed {what}.</source>
            <translation>Se quitó {what}.</translation>
        </message>
        <message>
            <source>What can be undone</source>
            <translation>Lo que se puede deshacer</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Recuperarlo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Hide this notice (Ctrl+Z still undoes from the Edit menu)</source>
            <translation>Ocultar este aviso (Ctrl+Z sigue deshaciendo desde el menú Editar)</translation>
        </message>
        <message>
            <source>{done} Press Ctrl+Z to undo.</source>
            <translation>{done} Pulse Ctrl+Z para deshacer.</translation>
        </message>
    </context>
</TS>
