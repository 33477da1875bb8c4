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
    <name>certificate_fill</name>
    <message>
        <source>title</source>
        <extracomment>The form&apos;s fields a certificate can fill, in the order the form shows them.</extracomment>
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
        <source>⚠ The certificate&apos;s date, {date}, is after today: enter the day you did it.</source>
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
        <source>⚠ The NABP e-Profile ID on the certificate ({found}) is not {name}&apos;s ({theirs}): CPE Monitor credits it to that ID.</source>
        <translation>⚠ El NABP e-Profile ID del certificado ({found}) no es el de {name} ({theirs}): CPE Monitor lo acredita a ese ID.</translation>
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
        <extracomment>Areas of work in plain words; PTCB&apos;s pathways look for some of them (see ``area_choices``).</extracomment>
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
        <extracomment>What the form holds, for the question: &quot;Discard this activity?&quot; (a text marked with ``QT_TRANSLATE_NOOP(&quot;guarded&quot;, ...)``; its translation carries its article).</extracomment>
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
</TS>
