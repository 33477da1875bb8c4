<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
</TS>
