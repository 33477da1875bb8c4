<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>pdf</name>
        <message>
            <source>CE audit packet: {person}, {credential}</source>
            <extracomment>Certificate PDFs kept open between their caption and the merge (bytes, all together); the rest are opened again when their pages are added.</extracomment>
            <translation>Paquete de EC para auditoría: {person}, {credential}</translation>
        </message>
        <message>
            <source>Attachment {number}</source>
            <translation>Anexo {number}</translation>
        </message>
        <message>
            <source>Certificate for “{title}”</source>
            <translation>Certificado de «{title}»</translation>
        </message>
        <message>
            <source>{person}, completed {date}</source>
            <translation>{person}, terminado el {date}</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>Archivo: {name}</translation>
        </message>
        <message>
            <source>The stored file could not be read ({problem}); it is identified by the fingerprint above.</source>
            <translation>No se pudo leer el archivo guardado ({problem}); la huella de arriba lo identifica.</translation>
        </message>
        <message>
            <source>The stored file could not be read; it is identified by the fingerprint above.</source>
            <translation>No se pudo leer el archivo guardado; la huella de arriba lo identifica.</translation>
        </message>
        <message>
            <source>The certificate's page follows.</source>
            <translation>A continuación, la página del certificado.</translation>
        </message>
        <message numerus="yes">
            <source>The certificate's %n pages follow.</source>
            <translation>
                <numerusform>A continuación, la %n página del certificado.</numerusform>
                <numerusform>A continuación, las %n páginas del certificado.</numerusform>
            </translation>
        </message>
    </context>
</TS>
