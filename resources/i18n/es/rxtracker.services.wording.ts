<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>activity_reasons</name>
        <message>
            <source>{what} does not count</source>
            <extracomment>What a reason says when the catalog gives no words of its own, by kind.</extracomment>
            <translation>{what} no cuenta</translation>
        </message>
        <message>
            <source>{what}: counts only if accepted</source>
            <translation>{what}: cuenta solo si se acepta</translation>
        </message>
        <message>
            <source>{what}: required, but not part of the hours</source>
            <translation>{what}: obligatorio, pero no forma parte de las horas</translation>
        </message>
        <message>
            <source>not {what}: no hours count</source>
            <translation>no es {what}: no cuenta ninguna hora</translation>
        </message>
        <message>
            <source>unknown format letter {letter} in the UAN: not counted as live</source>
            <translation>letra de formato {letter} desconocida en el UAN: no cuenta como en vivo</translation>
        </message>
        <message>
            <source>no UAN ending -T, so it is not counted as technician-specific</source>
            <translation>el UAN no termina en -T, así que no cuenta como específica para técnicos</translation>
        </message>
        <message>
            <source>dated after {date}, the day this status is for</source>
            <translation>con fecha posterior al {date}, el día de esta evaluación</translation>
        </message>
        <message>
            <source>outside the cycle {start} to {end}</source>
            <translation>fuera del ciclo del {start} al {end}</translation>
        </message>
        <message>
            <source>logged twice: counted once, as activity #{id}</source>
            <translation>registrada dos veces: cuenta una vez, como la actividad #{id}</translation>
        </message>
        <message>
            <source>repeat of activity #{id}</source>
            <translation>repetición de la actividad #{id}</translation>
        </message>
        <message>
            <source>; the hours under the cap went first to activities that also meet {what}</source>
            <translation>; las horas bajo el límite fueron primero a actividades que también cumplen {what}</translation>
        </message>
        <message>
            <source>only {counted} of {eligible} hours count: {why}</source>
            <translation>solo cuentan {counted} de {eligible} horas: {why}</translation>
        </message>
        <message>
            <source>more than {hours} on {date}</source>
            <translation>más de {hours} el {date}</translation>
        </message>
        <message>
            <source>{what} over the {hours}-hour cap</source>
            <translation>{what} por encima del límite de {hours} horas</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <source>Hours and topics met</source>
            <translation>Horas y temas cumplidos</translation>
        </message>
        <message>
            <source>NABP e-Profile ID recorded</source>
            <translation>ID de e-Profile de NABP registrado</translation>
        </message>
        <message>
            <source>CPE Monitor has your birth month and day (MMDD) right</source>
            <translation>CPE Monitor tiene bien su mes y día de nacimiento (MMDD)</translation>
        </message>
        <message>
            <source>Your PTCB number is on your NABP e-Profile</source>
            <translation>Su número de PTCB está en su e-Profile de NABP</translation>
        </message>
        <message>
            <source>Every ACPE course shows in CPE Monitor</source>
            <translation>Cada curso ACPE aparece en CPE Monitor</translation>
        </message>
        <message>
            <source>Every course entered by hand has its certificate</source>
            <translation>Cada curso ingresado a mano tiene su certificado</translation>
        </message>
        <message>
            <source>Fee and deadline</source>
            <translation>Cuota y fecha límite</translation>
        </message>
        <message>
            <source>Add it to your details in File ▸ People.</source>
            <translation>Agréguelo a sus datos en Archivo ▸ Personas.</translation>
        </message>
        <message>
            <source>Check your NABP e-Profile, then confirm it here.</source>
            <translation>Revise su e-Profile de NABP y luego confírmelo aquí.</translation>
        </message>
        <message>
            <source>Add it under Credentials/Certifications in your e-Profile, then confirm it here.</source>
            <translation>Agréguelo en Credentials/Certifications de su e-Profile y luego confírmelo aquí.</translation>
        </message>
        <message>
            <source>Not seen in CPE Monitor yet: {titles}</source>
            <translation>Aún no aparece en CPE Monitor: {titles}</translation>
        </message>
        <message>
            <source>No certificate: {titles}</source>
            <translation>Sin certificado: {titles}</translation>
        </message>
        <message>
            <source>It does not expire.</source>
            <translation>No vence.</translation>
        </message>
        <message>
            <source>You can apply from {date} ({cost}).</source>
            <translation>Puede solicitarla desde el {date} ({cost}).</translation>
        </message>
        <message>
            <source>It expired on {date}.</source>
            <translation>Venció el {date}.</translation>
        </message>
        <message>
            <source>Apply by {date} ({cost}).</source>
            <translation>Solicítela a más tardar el {date} ({cost}).</translation>
        </message>
        <message>
            <source>fee ${fee}</source>
            <translation>cuota de ${fee}</translation>
        </message>
        <message>
            <source>the fee</source>
            <translation>la cuota</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>{label} (at most {hours} count)</source>
            <translation>{label} (cuentan como máximo {hours})</translation>
        </message>
        <message>
            <source>not required in a first registration period</source>
            <translation>no se exige en un primer período de registro</translation>
        </message>
    </context>
    <context>
        <name>notes</name>
        <message>
            <source>This cycle is judged by the rules in force from {date}.</source>
            <translation>Este ciclo se evalúa según las reglas vigentes desde el {date}.</translation>
        </message>
        <message>
            <source>Not confirmed: {what}.</source>
            <translation>Sin confirmar: {what}.</translation>
        </message>
        <message>
            <source>{name} needs a {needs} in good standing; none is recorded.</source>
            <translation>{name} requiere una {needs} vigente; no hay ninguna registrada.</translation>
        </message>
        <message>
            <source>CE fulfilled by your current {name} certification ({issuer}).</source>
            <translation>EC cumplida gracias a su certificación {name} vigente ({issuer}).</translation>
        </message>
        <message>
            <source>{name} has no renewal cycle.</source>
            <translation>{name} no tiene ciclo de renovación.</translation>
        </message>
        <message>
            <source>{name} has no renewal cycle: it is held with no expiration date.</source>
            <translation>{name} no tiene ciclo de renovación: se tiene sin fecha de vencimiento.</translation>
        </message>
        <message>
            <source>The {issuer} asks no CE to renew the {name}.</source>
            <translation>{issuer} no exige EC para renovar la credencial {name}.</translation>
        </message>
        <message>
            <source>rxtracker found no official statement of the CE needed to renew the {name}: no hours are evaluated; ask the {issuer}.</source>
            <translation>rxtracker no encontró ninguna declaración oficial de la EC necesaria para renovar la credencial {name}: no se evalúan horas; pregunte a {issuer}.</translation>
        </message>
        <message>
            <source>Still applies: {what}</source>
            <translation>Sigue vigente: {what}</translation>
        </message>
        <message numerus="yes">
            <source> (%n day(s) ago)</source>
            <translation>
                <numerusform> (hace %n día)</numerusform>
                <numerusform> (hace %n días)</numerusform>
            </translation>
        </message>
        <message>
            <source> (reinstatement fee ${fee})</source>
            <translation> (cargo de reinstauración: ${fee})</translation>
        </message>
        <message>
            <source>Expired on {expired}{ago}. Reinstatement is possible until {until}{fee}: CE dated {start} to {until} counts, judged by the {rules} rules.</source>
            <translation>Venció el {expired}{ago}. La reinstauración es posible hasta el {until}{fee}: cuenta la EC con fecha del {start} al {until}, evaluada según las reglas de {rules}.</translation>
        </message>
        <message>
            <source>Apply by {date} to avoid the ${fee} late fee; CE completed up to the expiration date, {end}, still counts.</source>
            <translation>Presente la solicitud a más tardar el {date} para evitar el recargo por demora de ${fee}; la EC completada hasta la fecha de vencimiento, {end}, todavía cuenta.</translation>
        </message>
        <message>
            <source>Apply by {date}; CE completed up to the expiration date, {end}, still counts.</source>
            <translation>Presente la solicitud a más tardar el {date}; la EC completada hasta la fecha de vencimiento, {end}, todavía cuenta.</translation>
        </message>
        <message>
            <source>Expired on {expired}{ago}; late renewal is possible until {until} (late fees may apply).</source>
            <translation>Venció el {expired}{ago}; la renovación tardía es posible hasta el {until} (pueden cobrarse recargos).</translation>
        </message>
        <message>
            <source>read from the issued date</source>
            <translation>según la fecha de emisión</translation>
        </message>
        <message>
            <source>as recorded on the credential</source>
            <translation>según lo registrado en la credencial</translation>
        </message>
        <message>
            <source>First registration period ({how}).</source>
            <translation>Primer período de registro ({how}).</translation>
        </message>
        <message>
            <source>First registration period ({how}); enter the date the credential was issued to apply the first-renewal proration.</source>
            <translation>Primer período de registro ({how}); indique la fecha de emisión de la credencial para aplicar el prorrateo de la primera renovación.</translation>
        </message>
        <message>
            <source>First registration period ({how}): full hours.</source>
            <translation>Primer período de registro ({how}): todas las horas.</translation>
        </message>
        <message numerus="yes">
            <source>registered %n month(s) before expiration</source>
            <translation>
                <numerusform>registrado %n mes antes del vencimiento</numerusform>
                <numerusform>registrado %n meses antes del vencimiento</numerusform>
            </translation>
        </message>
        <message>
            <source>First registration period ({details}).</source>
            <translation>Primer período de registro ({details}).</translation>
        </message>
        <message>
            <source>CE {hours} hours for each month registered</source>
            <translation>EC: {hours} horas por cada mes registrado</translation>
        </message>
        <message>
            <source>CE hours in proportion to the months registered</source>
            <translation>EC: horas en proporción a los meses registrados</translation>
        </message>
        <message>
            <source>CE waived</source>
            <translation>EC exenta</translation>
        </message>
        <message>
            <source>CE {percent}% of the hours</source>
            <translation>EC: {percent} % de las horas</translation>
        </message>
    </context>
    <context>
        <name>pathways</name>
        <message>
            <source>Sterile compounding (CSP, IV room)</source>
            <extracomment>Plain words for the areas of work experience (the experience form offers these too).</extracomment>
            <translation>Preparación de estériles (CSP, sala IV)</translation>
        </message>
        <message>
            <source>Non-sterile compounding</source>
            <translation>Preparación de no estériles</translation>
        </message>
        <message>
            <source>Hazardous drugs</source>
            <translation>Medicamentos peligrosos</translation>
        </message>
        <message>
            <source>Taking medication histories</source>
            <translation>Toma de historiales de medicamentos</translation>
        </message>
        <message>
            <source>Patient-focused communication</source>
            <translation>Comunicación centrada en el paciente</translation>
        </message>
        <message>
            <source>Billing and reimbursement</source>
            <translation>Facturación y reembolso</translation>
        </message>
        <message>
            <source>Supply chain and inventory</source>
            <translation>Cadena de suministro e inventario</translation>
        </message>
        <message>
            <source>Immunizations</source>
            <translation>Inmunizaciones</translation>
        </message>
        <message>
            <source>Long-term care</source>
            <translation>Cuidado a largo plazo</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Oncología</translation>
        </message>
        <message>
            <source>Nuclear pharmacy</source>
            <translation>Farmacia nuclear</translation>
        </message>
        <message>
            <source>{name} recorded as earned</source>
            <translation>{name} registrado como obtenido</translation>
        </message>
        <message>
            <source>{name}, held (does not expire)</source>
            <translation>{name}: lo tiene (no vence)</translation>
        </message>
        <message>
            <source>{name}, expires {date}</source>
            <translation>{name}: vence el {date}</translation>
        </message>
        <message>
            <source>{name} expired on {date}</source>
            <translation>{name} venció el {date}</translation>
        </message>
        <message>
            <source>no {names} recorded</source>
            <translation>no hay ningún {names} registrado</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno aún</translation>
        </message>
        <message>
            <source>{count} of {needed}: {names}</source>
            <translation>{count} de {needed}: {names}</translation>
        </message>
        <message>
            <source>{title}, completed {date}</source>
            <translation>{title}, completado el {date}</translation>
        </message>
        <message>
            <source>not logged yet: mark the program's CE activity as the recognized program for {name} ({program})</source>
            <translation>aún no registrado: marque la actividad de EC del programa como el programa reconocido para {name} ({program})</translation>
        </message>
        <message>
            <source>held</source>
            <translation>lo tiene</translation>
        </message>
        <message>
            <source>add it as a credential once PTCB grants it</source>
            <translation>agréguelo como credencial cuando PTCB se lo otorgue</translation>
        </message>
        <message>
            <source>{counted} counted, {needed} needed</source>
            <translation>contado: {counted}; necesario: {needed}</translation>
        </message>
        <message>
            <source>full time = {hours} h/week, part time pro rata</source>
            <translation>tiempo completo = {hours} h/semana, tiempo parcial en proporción</translation>
        </message>
        <message>
            <source>work in {areas}</source>
            <translation>trabajo en {areas}</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>desde el {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n año</numerusform>
                <numerusform>%n años</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>no time</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>ACPE topic {topics}</source>
            <translation>tema ACPE {topics}</translation>
        </message>
        <message>
            <source>tagged {tags}</source>
            <translation>con la etiqueta {tags}</translation>
        </message>
        <message>
            <source>the recognized program for {programs}</source>
            <translation>el programa reconocido para {programs}</translation>
        </message>
    </context>
    <context>
        <name>phases</name>
        <message>
            <source>Complete</source>
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
            <source>renewal window opens</source>
            <translation>abre la renovación</translation>
        </message>
        <message>
            <source>application deadline</source>
            <translation>fecha límite de solicitud</translation>
        </message>
        <message>
            <source>last day to renew</source>
            <translation>último día para renovar</translation>
        </message>
        <message>
            <source>expires</source>
            <translation>vence</translation>
        </message>
        <message>
            <source>last day to reinstate</source>
            <translation>último día para reinstaurar</translation>
        </message>
        <message>
            <source>resubmission due</source>
            <translation>fecha para volver a presentar</translation>
        </message>
        <message>
            <source>audit documents due</source>
            <translation>fecha de entrega de documentos de auditoría</translation>
        </message>
    </context>
    <context>
        <name>plans</name>
        <message>
            <source>Expired: the time to renew or reinstate has passed; ask the issuer.</source>
            <translation>Vencida: el plazo para renovarla o reinstaurarla ya pasó; pregunte al emisor.</translation>
        </message>
        <message>
            <source>It does not expire: nothing to plan.</source>
            <translation>No vence: no hay nada que planificar.</translation>
        </message>
        <message>
            <source>Nothing more to take this cycle.</source>
            <translation>No hace falta tomar nada más en este ciclo.</translation>
        </message>
        <message>
            <source>No more hours are needed; complete {what} by {date}.</source>
            <translation>No hacen falta más horas; complete {what} a más tardar el {date}.</translation>
        </message>
        <message>
            <source>Take the {hours} left this month, by {date}</source>
            <translation>Tome lo que falta ({hours}) este mes, a más tardar el {date}</translation>
        </message>
        <message>
            <source>Take the {hours} left by {date}</source>
            <translation>Tome lo que falta ({hours}) a más tardar el {date}</translation>
        </message>
        <message>
            <source>Take about {per_month} a month to finish the {hours} left by {date}</source>
            <translation>Tome alrededor de {per_month} al mes para completar lo que falta ({hours}) a más tardar el {date}</translation>
        </message>
        <message>
            <source>{pace}.</source>
            <translation>{pace}.</translation>
        </message>
        <message>
            <source>{pace}; take {what} first.</source>
            <translation>{pace}; tome primero {what}.</translation>
        </message>
        <message>
            <source>{what} ({hours})</source>
            <translation>{what} ({hours})</translation>
        </message>
        <message>
            <source>{hours} of {what}</source>
            <translation>{hours} de {what}</translation>
        </message>
        <message>
            <source> Of them, at least {what}.</source>
            <translation> De ellas, al menos {what}.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
    </context>
    <context>
        <name>renewals</name>
        <message>
            <source>Not applied</source>
            <extracomment>The word the Team grid and the card show for an application.</extracomment>
            <translation>Sin solicitar</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Solicitada</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Devuelta</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Reenviada</translation>
        </message>
        <message>
            <source>Reinstate</source>
            <translation>Reinstaurar</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>Audit: send documents</source>
            <translation>Auditoría: envíe los documentos</translation>
        </message>
        <message>
            <source>Audit: documents late</source>
            <translation>Auditoría: documentos atrasados</translation>
        </message>
        <message>
            <source>Audit: documents sent</source>
            <translation>Auditoría: documentos enviados</translation>
        </message>
        <message>
            <source>Audit passed</source>
            <translation>Auditoría aprobada</translation>
        </message>
        <message>
            <source>Audit not passed</source>
            <translation>Auditoría no aprobada</translation>
        </message>
        <message>
            <source>Applied on {date} (fee ${fee} paid); not approved yet.</source>
            <translation>Solicitada el {date} (cargo de ${fee} pagado); aún no está aprobada.</translation>
        </message>
        <message>
            <source>Applied on {date}; not approved yet.</source>
            <translation>Solicitada el {date}; aún no está aprobada.</translation>
        </message>
        <message>
            <source>Resubmitted on {date}; waiting for the decision.</source>
            <translation>Reenviada el {date}; en espera de la decisión.</translation>
        </message>
        <message>
            <source>Renewal approved on {date}.</source>
            <translation>Renovación aprobada el {date}.</translation>
        </message>
        <message>
            <source>Renewal approved on {date}; the new expiration is {expires}.</source>
            <translation>Renovación aprobada el {date}; el nuevo vencimiento es el {expires}.</translation>
        </message>
        <message>
            <source>Returned on {date}{why} and not resubmitted by {by}: {what}.</source>
            <translation>Devuelta el {date}{why} y no reenviada a más tardar el {by}: {what}.</translation>
        </message>
        <message>
            <source>Returned on {date}{why}; ask the issuer how to resubmit, or {reinstate}.</source>
            <translation>Devuelta el {date}{why}; pregunte al emisor cómo reenviarla, o {reinstate}.</translation>
        </message>
        <message>
            <source> with the ${fee} reprocessing fee</source>
            <translation> con el cargo de ${fee} por reprocesamiento</translation>
        </message>
        <message>
            <source>Returned on {date}{why}. Resubmit by {by}{fee}, or {reinstate}.</source>
            <translation>Devuelta el {date}{why}. Reenvíela a más tardar el {by}{fee}, o {reinstate}.</translation>
        </message>
        <message>
            <source>ask about reinstatement</source>
            <translation>pregunte por la reinstauración</translation>
        </message>
        <message>
            <source>reinstatement is possible until {date}</source>
            <translation>la reinstauración es posible hasta el {date}</translation>
        </message>
        <message>
            <source>Audit noticed on {noticed}: passed on {on}.</source>
            <translation>Aviso de auditoría del {noticed}: aprobada el {on}.</translation>
        </message>
        <message>
            <source>Audit noticed on {noticed}: not passed on {on}.</source>
            <translation>Aviso de auditoría del {noticed}: no aprobada el {on}.</translation>
        </message>
        <message>
            <source>Audit documents sent on {sent}; waiting for the outcome.</source>
            <translation>Documentos de la auditoría enviados el {sent}; en espera del resultado.</translation>
        </message>
        <message>
            <source>Audit noticed on {noticed}: send the proof of your CE by {due}.</source>
            <translation>Aviso de auditoría del {noticed}: envíe la prueba de su EC a más tardar el {due}.</translation>
        </message>
        <message>
            <source>Audit noticed on {noticed}: send the proof of your CE by {due} (past due).</source>
            <translation>Aviso de auditoría del {noticed}: envíe la prueba de su EC a más tardar el {due} (plazo vencido).</translation>
        </message>
        <message>
            <source>{credential} (id {id}) renews, so it needs its expiration date</source>
            <translation>{credential} (id {id}) se renueva, así que necesita su fecha de vencimiento</translation>
        </message>
    </context>
    <context>
        <name>shortfalls</name>
        <message>
            <source>To reinstate: {what}</source>
            <translation>Para reinstaurarla: {what}</translation>
        </message>
        <message>
            <source>{hours} more hour of CE in total by {date}</source>
            <translation>{hours} hora más de EC en total a más tardar el {date}</translation>
        </message>
        <message>
            <source>{hours} more hours of CE in total by {date}</source>
            <translation>{hours} horas más de EC en total a más tardar el {date}</translation>
        </message>
        <message>
            <source>Record the {what} (dated in this cycle) by {date}</source>
            <translation>Registre: {what} (con fecha dentro de este ciclo) a más tardar el {date}</translation>
        </message>
        <message>
            <source>Complete the {what} (tag it {tags}) by {date}</source>
            <translation>Complete: {what} (etiquételo {tags}) a más tardar el {date}</translation>
        </message>
        <message>
            <source>Complete the {what} by {date}</source>
            <translation>Complete: {what} a más tardar el {date}</translation>
        </message>
        <message>
            <source>{hours} more hour of {what} (tag it {tags}) by {date}</source>
            <translation>{hours} hora más de {what} (etiquétela {tags}) a más tardar el {date}</translation>
        </message>
        <message>
            <source>{hours} more hours of {what} (tag it {tags}) by {date}</source>
            <translation>{hours} horas más de {what} (etiquételas {tags}) a más tardar el {date}</translation>
        </message>
        <message>
            <source>{hours} more hour of {what} by {date}</source>
            <translation>{hours} hora más de {what} a más tardar el {date}</translation>
        </message>
        <message>
            <source>{hours} more hours of {what} by {date}</source>
            <translation>{hours} horas más de {what} a más tardar el {date}</translation>
        </message>
        <message numerus="yes">
            <source>Expired on {expired} (%n day(s) ago); the time to renew or reinstate ended on {ended}. Ask the issuer how to certify or register again.</source>
            <translation>
                <numerusform>Venció el {expired} (hace %n día); el plazo para renovarla o reinstaurarla terminó el {ended}. Pregunte al emisor cómo certificarse o registrarse de nuevo.</numerusform>
                <numerusform>Venció el {expired} (hace %n días); el plazo para renovarla o reinstaurarla terminó el {ended}. Pregunte al emisor cómo certificarse o registrarse de nuevo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Expired on {expired}; the time to renew or reinstate ended on {ended}. Ask the issuer how to certify or register again.</source>
            <translation>Venció el {expired}; el plazo para renovarla o reinstaurarla terminó el {ended}. Pregunte al emisor cómo certificarse o registrarse de nuevo.</translation>
        </message>
        <message>
            <source>Your {base} expired on {date}: {name} stands only with a {needs} in good standing. Renew or reinstate the {base} first.</source>
            <translation>Su {base} venció el {date}: {name} solo es válida con una {needs} vigente. Primero renueve o reinstaure su {base}.</translation>
        </message>
        <message>
            <source>Your {base} lapsed on {date}: {name} stands only with a {needs} in good standing. Renew or reinstate the {base} first.</source>
            <translation>Su {base} venció el {date} y aún puede reinstaurarse: {name} solo es válida con una {needs} vigente. Primero renueve o reinstaure su {base}.</translation>
        </message>
        <message>
            <source>{first} or {last}</source>
            <translation>{first} o {last}</translation>
        </message>
        <message>
            <source>counts only if the issuer accepts it</source>
            <translation>cuenta solo si el emisor la acepta</translation>
        </message>
        <message>
            <source>{hours} of {what} is not counted: {why}</source>
            <translation>{hours} de {what} no se cuenta: {why}</translation>
        </message>
        <message>
            <source>{hours} of {what} are not counted: {why}</source>
            <translation>{hours} de {what} no se cuentan: {why}</translation>
        </message>
        <message>
            <source>{condition}: {what}</source>
            <translation>{condition}: {what}</translation>
        </message>
    </context>
    <context>
        <name>suggestions</name>
        <message>
            <source>{hours} of any ACPE CE for technicians (UAN ending -T)</source>
            <extracomment>First words of tag labels that are names (kept capitalised inside a sentence).</extracomment>
            <translation>{hours} de cualquier EC ACPE para técnicos (UAN que termina en -T)</translation>
        </message>
        <message>
            <source>topic {topic}, for technicians</source>
            <translation>tema {topic}, para técnicos</translation>
        </message>
        <message>
            <source>for technicians</source>
            <translation>para técnicos</translation>
        </message>
        <message>
            <source>{hours} of live ACPE CE on {subject} ({details}; tag it {tag})</source>
            <translation>{hours} de EC ACPE en vivo sobre {subject} ({details}; etiquételo {tag})</translation>
        </message>
        <message>
            <source>{hours} of ACPE CE on {subject} ({details}; tag it {tag})</source>
            <translation>{hours} de EC ACPE sobre {subject} ({details}; etiquételo {tag})</translation>
        </message>
        <message>
            <source>{hours} of live ACPE {subject} ({details})</source>
            <translation>{hours} de EC ACPE en vivo sobre {subject} ({details})</translation>
        </message>
        <message>
            <source>{hours} of ACPE {subject} ({details})</source>
            <translation>{hours} de EC ACPE sobre {subject} ({details})</translation>
        </message>
        <message>
            <source>{hours} of live ACPE CE ({details})</source>
            <translation>{hours} de EC ACPE en vivo ({details})</translation>
        </message>
        <message>
            <source>{hours} of ACPE CE ({details})</source>
            <translation>{hours} de EC ACPE ({details})</translation>
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
            <source>Counts for {what}.</source>
            <translation>Cuenta para {what}.</translation>
        </message>
        <message>
            <source> A live course would also meet {what}.</source>
            <translation> Un curso en vivo también cumpliría {what}.</translation>
        </message>
        <message>
            <source>your {credential} {what}</source>
            <translation>{what} de su {credential}</translation>
        </message>
        <message>
            <source>your {credential} {what} ({hours} still needed)</source>
            <translation>{what} de su {credential} (pendiente: {hours})</translation>
        </message>
    </context>
</TS>
