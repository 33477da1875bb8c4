<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>catalog</name>
        <message>
            <source>{type} is not in the catalog (known: {known})</source>
            <translation>{type} no está en el catálogo (conocidos: {known})</translation>
        </message>
        <message>
            <source>is already a built-in credential type</source>
            <translation>ya es un tipo de credencial que trae rxtracker</translation>
        </message>
    </context>
    <context>
        <name>describe</name>
        <message>
            <source>confirmed from the issuer's own pages or rule text</source>
            <translation>confirmados en las páginas del propio emisor o en el texto de la norma</translation>
        </message>
        <message>
            <source>partly confirmed: some facts from official text, the rest marked</source>
            <translation>confirmados en parte: algunos datos vienen del texto oficial y el resto está marcado</translation>
        </message>
        <message>
            <source>not confirmed from an official page</source>
            <translation>no confirmados en una página oficial</translation>
        </message>
        <message>
            <source>At least {hours} of CE per cycle.</source>
            <extracomment>Each kind of requirement in a sentence (a course has two: once, every cycle).</extracomment>
            <translation>Al menos {hours} de EC por ciclo.</translation>
        </message>
        <message>
            <source>At least {hours} of {what}.</source>
            <translation>Al menos {hours} de {what}.</translation>
        </message>
        <message>
            <source>At most {hours} of {what} count.</source>
            <translation>Cuentan como máximo {hours} de {what}.</translation>
        </message>
        <message>
            <source>{label} never counts.</source>
            <translation>{label}: nunca cuenta.</translation>
        </message>
        <message>
            <source>At most {hours} count on any one day.</source>
            <translation>Cuentan como máximo {hours} en un mismo día.</translation>
        </message>
        <message>
            <source>The same program counts once per cycle.</source>
            <translation>Un mismo programa cuenta una sola vez por ciclo.</translation>
        </message>
        <message>
            <source>{label}.</source>
            <translation>{label}.</translation>
        </message>
        <message>
            <source>Only {what} counts toward the hours.</source>
            <translation>Solo cuenta para las horas: {what}.</translation>
        </message>
        <message>
            <source>{label} {reason}.</source>
            <translation>{label}: {reason}.</translation>
        </message>
        <message>
            <source>no renewal</source>
            <translation>sin renovación</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>cada año</translation>
        </message>
        <message numerus="yes">
            <source>every %n year(s)</source>
            <translation>
                <numerusform>cada %n año</numerusform>
                <numerusform>cada %n años</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s)</source>
            <translation>
                <numerusform>cada %n mes</numerusform>
                <numerusform>cada %n meses</numerusform>
            </translation>
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
        <message>
            <source>none (keep the national certification)</source>
            <translation>ninguna (mantenga la certificación nacional)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>no se encontró</translation>
        </message>
        <message>
            <source>{hours} h {cycle} (not confirmed)</source>
            <translation>{hours} h {cycle} (sin confirmar)</translation>
        </message>
        <message>
            <source>{hours} h {cycle}</source>
            <translation>{hours} h {cycle}</translation>
        </message>
        <message>
            <source>A first registration period may ask less.</source>
            <translation>Un primer período de registro puede exigir menos.</translation>
        </message>
        <message>
            <source>(Not confirmed.)</source>
            <translation>(Sin confirmar.)</translation>
        </message>
        <message>
            <source>Complete the {what} once.</source>
            <translation>Complete una sola vez: {what}.</translation>
        </message>
        <message>
            <source>Complete the {what} every cycle.</source>
            <translation>Complete en cada ciclo: {what}.</translation>
        </message>
        <message>
            <source>counts only if accepted</source>
            <translation>cuenta solo si se acepta</translation>
        </message>
        <message>
            <source>Renewal: {renews}.</source>
            <translation>Renovación: {renews}.</translation>
        </message>
        <message>
            <source>Renewal: Renewed {cycle}.</source>
            <translation>Renovación: se renueva {cycle}.</translation>
        </message>
        <message>
            <source>First registration period: {note}</source>
            <translation>Primer período de registro: {note}</translation>
        </message>
        <message>
            <source>Fee: {name}, ${amount}.</source>
            <translation>Tarifa: {name}, ${amount}.</translation>
        </message>
        <message>
            <source>Not confirmed: {note}</source>
            <translation>Sin confirmar: {note}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{origin}, line {line}: {where}: {problem}</source>
            <translation>{origin}, línea {line}: {where}: {problem}</translation>
        </message>
        <message>
            <source>{origin}: {where}: {problem}</source>
            <translation>{origin}: {where}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>credential type</source>
            <extracomment>What a catalog file holds (``CatalogFile.sort``, which ``--json`` keeps), for ``sort_words``.</extracomment>
            <translation>tipo de credencial</translation>
        </message>
        <message>
            <source>eligibility</source>
            <translation>requisitos de elegibilidad</translation>
        </message>
        <message>
            <source>specialty areas</source>
            <translation>áreas de especialidad</translation>
        </message>
        <message>
            <source>is not valid TOML ({error})</source>
            <translation>no es TOML válido ({error})</translation>
        </message>
    </context>
    <context>
        <name>loader</name>
        <message>
            <source>holds {sort} rules, not {expected} rules</source>
            <translation>contiene reglas de {sort}, no de {expected}</translation>
        </message>
        <message>
            <source>{type} already has eligibility rules</source>
            <translation>{type} ya tiene reglas de elegibilidad</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>{type} is defined twice</source>
            <translation>{type} está definido dos veces</translation>
        </message>
        <message>
            <source>names unknown type {type}</source>
            <translation>nombra un tipo desconocido: {type}</translation>
        </message>
    </context>
    <context>
        <name>parse</name>
        <message>
            <source>{state} must be two capital letters, like TX</source>
            <extracomment>Requirement kinds that need an ``hours`` number. Selector fields whose values are a closed set (see rxtracker.domain.enums).</extracomment>
            <translation>{state} deben ser dos letras mayúsculas, como TX</translation>
        </message>
        <message>
            <source>{match} must be 'all' (every field) or 'any' (one field)</source>
            <translation>{match} debe ser 'all' (todos los campos) o 'any' (un campo)</translation>
        </message>
        <message>
            <source>a {kind} requirement needs a selector</source>
            <translation>un requisito de tipo {kind} necesita un selector</translation>
        </message>
        <message>
            <source>requirement id {id} is repeated</source>
            <translation>el id de requisito {id} está repetido</translation>
        </message>
        <message>
            <source>has more than one total requirement</source>
            <translation>tiene más de un requisito total</translation>
        </message>
        <message>
            <source>{text} must be 'after-expiration' or 'last-renewal'</source>
            <translation>{text} debe ser 'after-expiration' o 'last-renewal'</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>debe ser un número entero de {low} a {high}</translation>
        </message>
        <message>
            <source>must be more than 0</source>
            <translation>debe ser mayor que 0</translation>
        </message>
    </context>
    <context>
        <name>pathways</name>
        <message>
            <source>eligibility needs at least one condition or route</source>
            <translation>la elegibilidad necesita al menos una condición o una vía</translation>
        </message>
        <message>
            <source>route ids must differ</source>
            <translation>los id de las vías deben ser distintos</translation>
        </message>
        <message>
            <source>is needed by a {kind} condition</source>
            <translation>lo necesita una condición de tipo {kind}</translation>
        </message>
        <message>
            <source>must name at least one credential type</source>
            <translation>debe nombrar al menos un tipo de credencial</translation>
        </message>
        <message>
            <source>an area needs at least one topic, tag or program</source>
            <translation>un área necesita al menos un tema, una etiqueta o un programa</translation>
        </message>
        <message>
            <source>area ids must differ</source>
            <translation>los id de las áreas deben ser distintos</translation>
        </message>
    </context>
    <context>
        <name>reader</name>
        <message>
            <source>unknown key; did you mean {key}? ({doc})</source>
            <extracomment>Sources that are not web addresses: a user's own note, or a rule text cited by name. English text -&gt; its Spanish text, for every ``&lt;key&gt;_es`` read (shared by the tables of one file)</extracomment>
            <translation>clave desconocida; ¿quiso decir {key}? ({doc})</translation>
        </message>
        <message>
            <source>unknown key; known: {known} ({doc})</source>
            <translation>clave desconocida; las conocidas son: {known} ({doc})</translation>
        </message>
        <message>
            <source>a Spanish text goes beside a text; {key} is not one</source>
            <translation>un texto en español va junto a un texto; {key} no lo es</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>debe ser un texto no vacío</translation>
        </message>
        <message numerus="yes">
            <source>must be a list of %n text(s)</source>
            <translation>
                <numerusform>debe ser una lista de %n texto</numerusform>
                <numerusform>debe ser una lista de %n textos</numerusform>
            </translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>debe ser un número entero de {low} a {high}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must be a date written YYYY-MM-DD (without quotes)</source>
            <translation>debe ser una fecha escrita AAAA-MM-DD (sin comillas)</translation>
        </message>
        <message>
            <source>{date} must be from {first} to {last}</source>
            <translation>{date} debe estar entre {first} y {last}</translation>
        </message>
        <message>
            <source>must be a number of hours written as text, like "1.5"</source>
            <translation>debe ser un número de horas escrito como texto, como "1.5"</translation>
        </message>
        <message>
            <source>{hours} must be from 0 to {most} hours</source>
            <translation>{hours} debe estar entre 0 y {most} horas</translation>
        </message>
        <message>
            <source>must be a list of texts</source>
            <translation>debe ser una lista de textos</translation>
        </message>
        <message>
            <source>{code} is not an ACPE topic designator (known: {known})</source>
            <translation>{code} no es un tema de ACPE (conocidos: {known})</translation>
        </message>
        <message>
            <source>must be a non-empty list of tables</source>
            <translation>debe ser una lista de tablas no vacía</translation>
        </message>
        <message>
            <source>must be a web address (https://host/...) or 'user: ...'</source>
            <translation>debe ser una dirección web (https://host/...) o 'user: ...'</translation>
        </message>
        <message>
            <source>must be 1 (the only catalog format this rxtracker reads)</source>
            <translation>debe ser 1 (el único formato de catálogo que lee esta versión de rxtracker)</translation>
        </message>
        <message>
            <source>{text} must be lower-case letters and digits with dashes</source>
            <translation>{text} debe tener solo letras minúsculas y dígitos, unidos por guiones</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>debe ser una tabla</translation>
        </message>
        <message>
            <source>{text} is not one of {allowed}</source>
            <translation>{text} no es uno de estos: {allowed}</translation>
        </message>
    </context>
</TS>
