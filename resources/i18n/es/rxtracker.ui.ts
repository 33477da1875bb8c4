<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>action_boxes</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{action}: not done</source>
            <translation>{action}: no se hizo</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>could not use the file: {why}{where}</source>
            <extracomment>How long the worker may hold the GIL while the GUI thread waits for it (seconds). How many steps of a long action's progress are reported at most (see ``Progress.step``).</extracomment>
            <translation>no se pudo usar el archivo: {why}{where}</translation>
        </message>
        <message>
            <source>Cancelled: {action}. Nothing was changed.</source>
            <translation>Cancelado: {action}. No se cambió nada.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>rxtracker is already open</source>
            <translation>rxtracker ya está abierto</translation>
        </message>
        <message>
            <source> Your newest backup is {file}.</source>
            <translation> Su copia de seguridad más reciente es {file}.</translation>
        </message>
        <message>
            <source>rxtracker cannot open your records</source>
            <translation>rxtracker no puede abrir sus registros</translation>
        </message>
        <message>
            <source>rxtracker set a file aside</source>
            <translation>rxtracker apartó un archivo</translation>
        </message>
        <message>
            <source>rxtracker is already open on the records in {folder}. Switch to that window; this copy will close so the two cannot overwrite each other's changes.</source>
            <translation>rxtracker ya está abierto con los registros de {folder}. Cambie a esa ventana; esta copia se cerrará para que las dos no sobrescriban los cambios de la otra.</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Copia de seguridad diaria</translation>
        </message>
    </context>
    <context>
        <name>certificate_batch_dialog</name>
        <message>
            <source>Choose the certificates to add (PDF, PNG or JPEG), several at once or a folder of them, or drop them here. rxtracker reads each one and shows what it found; nothing is saved until you press Add.</source>
            <translation>Elija los certificados que desea agregar (PDF, PNG o JPEG), varios a la vez o una carpeta con ellos, o arrástrelos aquí. rxtracker lee cada uno y muestra lo que encontró; no se guarda nada hasta que pulse Agregar.</translation>
        </message>
        <message>
            <source>Add from certificates</source>
            <translation>Agregar desde certificados</translation>
        </message>
        <message>
            <source>What the certificates say</source>
            <translation>Lo que dicen los certificados</translation>
        </message>
        <message>
            <source>The selected certificate</source>
            <translation>El certificado seleccionado</translation>
        </message>
        <message>
            <source>Certificates to add</source>
            <translation>Certificados que se agregarán</translation>
        </message>
        <message>
            <source>Choose files…</source>
            <translation>Elegir archivos…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Elegir una carpeta…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>A folder of certificates</source>
            <translation>Una carpeta de certificados</translation>
        </message>
        <message>
            <source>No PDF, PNG or JPEG file was chosen.</source>
            <translation>No eligió ningún archivo PDF, PNG o JPEG.</translation>
        </message>
        <message numerus="yes">
            <source>Read %n certificate(s)</source>
            <translation>
                <numerusform>Leer %n certificado</numerusform>
                <numerusform>Leer %n certificados</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a row to read all it says.</source>
            <translation>Seleccione una fila para leer todo lo que dice.</translation>
        </message>
        <message>
            <source>Add 1 activity</source>
            <translation>Agregar 1 actividad</translation>
        </message>
        <message numerus="yes">
            <source>Add %n activities</source>
            <translation>
                <numerusform>Agregar %n actividad</numerusform>
                <numerusform>Agregar %n actividades</numerusform>
            </translation>
        </message>
        <message>
            <source>To add, fix {problem}</source>
            <translation>Para agregar, corrija: {problem}</translation>
        </message>
        <message>
            <source>Nothing was added: {why}</source>
            <translation>No se agregó nada: {why}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>Added %n activities from certificates.</source>
            <translation>
                <numerusform>Se agregó %n actividad desde certificados.</numerusform>
                <numerusform>Se agregaron %n actividades desde certificados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files, {read} read</source>
            <translation>
                <numerusform>%n archivo, {read} leído(s)</numerusform>
                <numerusform>%n archivos, {read} leídos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already logged (unticked)</source>
            <translation>
                <numerusform>%n ya registrado (desmarcado)</numerusform>
                <numerusform>%n ya registrados (desmarcados)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a UAN already logged this cycle (unticked)</source>
            <translation>
                <numerusform>%n con un UAN ya registrado en este ciclo (desmarcado)</numerusform>
                <numerusform>%n con un UAN ya registrado en este ciclo (desmarcados)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a field to check (⚠)</source>
            <translation>
                <numerusform>%n con un dato que revisar (⚠)</numerusform>
                <numerusform>%n con un dato que revisar (⚠)</numerusform>
            </translation>
        </message>
        <message>
            <source>{parts}. Correct any cell by double-clicking it; untick what you do not want to add. Nothing is saved until you press Add.</source>
            <translation>{parts}. Corrija cualquier celda con doble clic; desmarque lo que no quiera agregar. No se guarda nada hasta que pulse Agregar.</translation>
        </message>
        <message>
            <source>Added 1 activity, each with its certificate:</source>
            <translation>Se agregó 1 actividad, con su certificado:</translation>
        </message>
        <message numerus="yes">
            <source>Added %n activities, each with its certificate:</source>
            <translation>
                <numerusform>Se agregó %n actividad, con su certificado:</numerusform>
                <numerusform>Se agregaron %n actividades, cada una con su certificado:</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added ({count}):</source>
            <translation>No agregados ({count}):</translation>
        </message>
        <message>
            <source>already logged ({what})</source>
            <translation>ya registrado ({what})</translation>
        </message>
        <message>
            <source>a repeat ({what})</source>
            <translation>una repetición ({what})</translation>
        </message>
        <message>
            <source>could not be read ({why})</source>
            <translation>no se pudo leer ({why})</translation>
        </message>
        <message>
            <source>unticked</source>
            <translation>desmarcado</translation>
        </message>
    </context>
    <context>
        <name>common</name>
        <message>
            <source>Live</source>
            <translation>En vivo</translation>
        </message>
        <message>
            <source>Home study</source>
            <translation>A distancia</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Technicians</source>
            <extracomment>The audiences in English; ``audience_words`` gives them in the interface language.</extracomment>
            <translation>Técnicos</translation>
        </message>
        <message>
            <source>Pharmacists</source>
            <translation>Farmacéuticos</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong inside rxtracker, and what you were doing may not have finished.

Your records are safe: every change is saved in one piece as soon as you make it, or not at all.

The details were written to:
{file}

If it happens again, please send that file to whoever supports rxtracker for you. It contains record numbers, never names.</source>
            <translation>Algo falló dentro de rxtracker, y lo que estaba haciendo quizá no terminó.

Sus registros están a salvo: cada cambio se guarda completo en cuanto lo hace, o no se guarda.

Los detalles se escribieron en:
{file}

Si vuelve a pasar, envíe ese archivo a quien le dé soporte de rxtracker. Contiene números de registro, nunca nombres.</translation>
        </message>
        <message>
            <source>rxtracker ran into a problem</source>
            <translation>rxtracker tuvo un problema</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>Audit packet (PDF)</source>
            <translation>Paquete para auditoría (PDF)</translation>
        </message>
        <message>
            <source>CE log (CSV for a spreadsheet)</source>
            <translation>Registro de EC (CSV para una hoja de cálculo)</translation>
        </message>
        <message>
            <source>Renewal dates (calendar, .ics)</source>
            <translation>Fechas de renovación (calendario, .ics)</translation>
        </message>
        <message>
            <source>Export: {name}</source>
            <translation>Exportar: {name}</translation>
        </message>
        <message>
            <source>{name} (expires {date})</source>
            <translation>{name} (vence el {date})</translation>
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
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Export to {file}</source>
            <translation>Exportar a {file}</translation>
        </message>
        <message>
            <source>save as</source>
            <translation>guardar como</translation>
        </message>
        <message>
            <source>choose where to save the file</source>
            <translation>elija dónde guardar el archivo</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n activities to {file}.</source>
            <translation>
                <numerusform>Se guardó %n actividad en {file}.</numerusform>
                <numerusform>Se guardaron %n actividades en {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n renewal dates to {file}.</source>
            <translation>
                <numerusform>Se guardó %n fecha de renovación en {file}.</numerusform>
                <numerusform>Se guardaron %n fechas de renovación en {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the audit packet ({pages} pages, {certificates} certificates) to {file}.</source>
            <translation>Se guardó el paquete para auditoría ({pages} páginas, {certificates} certificados) en {file}.</translation>
        </message>
    </context>
    <context>
        <name>import_dialog</name>
        <message>
            <source>(not in this file)</source>
            <translation>(no está en este archivo)</translation>
        </message>
        <message>
            <source>Import CE records</source>
            <translation>Importar registros de EC</translation>
        </message>
        <message>
            <source>Choose the file to import: the export from NABP CPE Monitor (.xlsx or .csv), or a CSV file of your own CE records (you will say which column is which).
Nothing is saved until you have seen every row and pressed Import.</source>
            <translation>Elija el archivo que desea importar: la exportación de NABP CPE Monitor (.xlsx o .csv), o un archivo CSV con sus propios registros de EC (usted indicará qué columna es cuál).
No se guarda nada hasta que haya visto cada fila y pulsado Importar.</translation>
        </message>
        <message>
            <source>Path of a .xlsx or .csv file</source>
            <translation>Ruta de un archivo .xlsx o .csv</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>This file is not a CPE Monitor export. Say which column holds each field (date, title and hours are needed; give either hours or live and home hours).</source>
            <translation>Este archivo no es una exportación de CPE Monitor. Indique qué columna contiene cada dato (se necesitan la fecha, el título y las horas; indique las horas o bien las horas en vivo y a distancia).</translation>
        </message>
        <message>
            <source>{field}: a value from the file</source>
            <translation>{field}: un valor del archivo</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or MM/DD/YYYY</source>
            <translation>AAAA-MM-DD o MM/DD/AAAA</translation>
        </message>
        <message>
            <source>MM/DD/YYYY only</source>
            <translation>Solo MM/DD/AAAA</translation>
        </message>
        <message>
            <source>Dates are written</source>
            <translation>Las fechas se escriben</translation>
        </message>
        <message>
            <source>Import preview</source>
            <translation>Vista previa de la importación</translation>
        </message>
        <message>
            <source>Select a row to read why it is added, merged, skipped or rejected.</source>
            <translation>Seleccione una fila para leer por qué se agrega, se combina, se omite o se rechaza.</translation>
        </message>
        <message>
            <source>Row {row}: {result}: {why}</source>
            <translation>Fila {row}: {result}: {why}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>CE records (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Registros de EC (*.xlsx *.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a file first (type its name, or click Browse…)</source>
            <translation>Primero elija un archivo (escriba su nombre o haga clic en Examinar…)</translation>
        </message>
        <message>
            <source>choose a file first</source>
            <translation>primero elija un archivo</translation>
        </message>
        <message>
            <source>Read {file}</source>
            <translation>Leer {file}</translation>
        </message>
        <message>
            <source>e.g. “{value}”</source>
            <translation>p. ej., “{value}”</translation>
        </message>
        <message>
            <source>{kind}: {file}. Would be: {counts}.</source>
            <translation>{kind}: {file}. Resultado previsto: {counts}.</translation>
        </message>
        <message>
            <source> This exact file was imported before, on {date}.</source>
            <translation> Este mismo archivo ya se importó el {date}.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n rows</source>
            <translation>
                <numerusform>Importar %n fila</numerusform>
                <numerusform>Importar %n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nada que importar</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Importar {file}</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>Importación terminada.</translation>
        </message>
        <message>
            <source>Imported {file}: {counts}.</source>
            <translation>Se importó {file}: {counts}.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Showing the records of:</source>
            <extracomment>The smallest window every page fits in (a 1024x640 screen fits it with room to spare).</extracomment>
            <translation>Registros de:</translation>
        </message>
        <message>
            <source>Whose records to show</source>
            <translation>De quién mostrar los registros</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Opening your records…</source>
            <translation>Abriendo sus registros…</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Log a CE activity…</source>
            <translation>&amp;Registrar una actividad de EC…</translation>
        </message>
        <message>
            <source>&amp;Add a credential…</source>
            <translation>&amp;Agregar una credencial…</translation>
        </message>
        <message>
            <source>&amp;Import CE records…</source>
            <translation>&amp;Importar registros de EC…</translation>
        </message>
        <message>
            <source>Add from &amp;certificates…</source>
            <translation>Agregar desde &amp;certificados…</translation>
        </message>
        <message>
            <source>&amp;Export or print records…</source>
            <translation>&amp;Exportar o imprimir registros…</translation>
        </message>
        <message>
            <source>&amp;Take my records to another computer…</source>
            <translation>&amp;Llevar mis registros a otra computadora…</translation>
        </message>
        <message>
            <source>&amp;Bring records in from an archive…</source>
            <translation>&amp;Traer registros desde un archivo…</translation>
        </message>
        <message>
            <source>&amp;Set up my records…</source>
            <translation>&amp;Preparar mis registros…</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>Perso&amp;nas…</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>Abrir la carpeta de &amp;datos</translation>
        </message>
        <message>
            <source>Connect to a &amp;team database…</source>
            <translation>Conectar a una base de datos del e&amp;quipo…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Find in the CE log</source>
            <translation>&amp;Buscar en el registro de EC</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>I&amp;r</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Renewal rules…</source>
            <translation>&amp;Reglas de renovación…</translation>
        </message>
        <message>
            <source>&amp;About rxtracker</source>
            <translation>Acerca &amp;de rxtracker</translation>
        </message>
        <message>
            <source>About rxtracker</source>
            <translation>Acerca de rxtracker</translation>
        </message>
        <message>
            <source>rxtracker {version}

Continuing-education and renewal tracker for pharmacy technicians. Your records stay on this computer; rxtracker makes no network connections.

Your records are in:
{folder}

Free software under the MIT License.</source>
            <translation>rxtracker {version}

Seguimiento de la educación continua y las renovaciones para técnicos de farmacia. Sus registros se quedan en esta computadora; rxtracker no se conecta a ninguna red.

Sus registros están en:
{folder}

Software libre bajo la licencia MIT.</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>rxtracker: {credential} needs attention</source>
            <extracomment>How long the run waits for a click before it quits (the notification may stay).</extracomment>
            <translation>rxtracker: {credential} necesita atención</translation>
        </message>
        <message numerus="yes">
            <source>rxtracker: %n things need attention</source>
            <translation>
                <numerusform>rxtracker: %n asunto necesita atención</numerusform>
                <numerusform>rxtracker: %n asuntos necesitan atención</numerusform>
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
            <source>Open rxtracker</source>
            <translation>Abrir rxtracker</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>Delete “{title}”</source>
            <translation>Eliminar “{title}”</translation>
        </message>
        <message>
            <source>Deleted “{title}”.</source>
            <translation>Se eliminó “{title}”.</translation>
        </message>
        <message>
            <source>Restore “{title}”</source>
            <translation>Restaurar “{title}”</translation>
        </message>
        <message>
            <source>Restored “{title}”.</source>
            <translation>Se restauró “{title}”.</translation>
        </message>
        <message>
            <source>Remove {what}</source>
            <translation>Quitar {what}</translation>
        </message>
        <message>
            <source>Removed {what}.</source>
            <translation>Se quitó {what}.</translation>
        </message>
        <message>
            <source>Restore {what}</source>
            <translation>Restaurar {what}</translation>
        </message>
        <message>
            <source>Restored {what}.</source>
            <translation>Se restauró {what}.</translation>
        </message>
    </context>
    <context>
        <name>watcher</name>
        <message>
            <source>Updated with changes made elsewhere.</source>
            <extracomment>How often the window looks for changes made elsewhere (milliseconds).</extracomment>
            <translation>Actualizado con cambios hechos en otro lugar.</translation>
        </message>
        <message>
            <source>Refreshed.</source>
            <translation>Actualizado.</translation>
        </message>
    </context>
</TS>
