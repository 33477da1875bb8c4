<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>hours</name>
    <message>
        <source>{hours} hour</source>
        <extracomment>No single amount of CE is anywhere near this; larger numbers are typing or file errors.</extracomment>
        <translation>{hours} hora</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
</context>
</TS>
