<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <source>expired on {end}; reinstate by {until}.{still}</source>
            <extracomment>The horizon when settings.ini names none (the app's own default, Settings ▸ Remind me).</extracomment>
            <translation>venció el {end}; restablézcala a más tardar el {until}.{still}</translation>
        </message>
        <message>
            <source>the application deadline has passed; apply by {end}, the expiration date (late fees may apply).{still}</source>
            <translation>la fecha límite para la solicitud ya pasó; presente la solicitud a más tardar el {end}, la fecha de vencimiento (pueden cobrarse recargos).{still}</translation>
        </message>
        <message>
            <source>the renewal window opened on {opened}; apply by {due}.{still}</source>
            <translation>el período de renovación se abrió el {opened}; presente la solicitud a más tardar el {due}.{still}</translation>
        </message>
        <message>
            <source>apply by {due} ({days} days).{still}</source>
            <translation>presente la solicitud a más tardar el {due} ({days} días).{still}</translation>
        </message>
        <message>
            <source> Still needed: {missing}.</source>
            <translation> Todavía falta: {missing}.</translation>
        </message>
        <message>
            <source>1 ACPE course is still not in CPE Monitor past the providers' reporting limit ({titles}): contact the provider.</source>
            <translation>1 curso ACPE todavía no aparece en CPE Monitor después del plazo de los proveedores para informarlo ({titles}): comuníquese con el proveedor.</translation>
        </message>
        <message numerus="yes">
            <source>%n ACPE courses are still not in CPE Monitor past the providers' reporting limit ({titles}): contact the provider.</source>
            <translation>
                <numerusform>%n curso ACPE todavía no aparece en CPE Monitor después del plazo de los proveedores para informarlo ({titles}): comuníquese con el proveedor.</numerusform>
                <numerusform>%n cursos ACPE todavía no aparecen en CPE Monitor después del plazo de los proveedores para informarlos ({titles}): comuníquese con el proveedor.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entries</name>
        <message>
            <source>{command} failed (exit status {status})</source>
            <extracomment>Runs one system command; returns its exit status.</extracomment>
            <translation>{command} falló (código de salida {status})</translation>
        </message>
    </context>
</TS>
