<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>images</name>
    <message>
        <source>is not a readable image ({error})</source>
        <extracomment>The largest tilt looked for, in degrees either way (a photo, not a sideways scan). Below this tilt (degrees) the image is left as it is. The long side the tilt is measured at (pixels): enough to see lines of text. At most this many dark pixels take part in measuring the tilt.</extracomment>
        <translation>no es una imagen legible ({error})</translation>
    </message>
    <message>
        <source>has more pixels than any photo of a certificate (the limit is {limit} megapixels)</source>
        <translation>tiene más píxeles que cualquier foto de un certificado (el límite es {limit} megapíxeles)</translation>
    </message>
    <message>
        <source>is a {width} x {height} pixel image; the limit is {limit} megapixels</source>
        <translation>es una imagen de {width} x {height} píxeles; el límite es {limit} megapíxeles</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <source>the limit is 25 MB</source>
        <extracomment>A certificate is one page, a transcript a few; only the first pages are read. A PDF with more pages than this is not a certificate. Pixels of one image (a 12-megapixel phone photo is 12e6): more is a decompression bomb. The most one PDF stream may inflate to (a page of text or one scanned page is far less). The sides of a PDF page in points (200 inches): more is not a certificate. Leading bytes of the accepted file types -&gt; kind.</extracomment>
        <translation>el límite es de 25 MB</translation>
    </message>
    <message>
        <source>grew past 25 MB while it was read</source>
        <translation>creció más de 25 MB mientras se leía</translation>
    </message>
    <message>
        <source>is not a PDF, PNG or JPEG file</source>
        <translation>no es un archivo PDF, PNG ni JPEG</translation>
    </message>
</context>
<context>
    <name>ocr</name>
    <message>
        <source>rxtracker&apos;s OCR models are missing from {folder}; reinstall rxtracker</source>
        <extracomment>Detection runs with the image&apos;s long side at this many pixels (a multiple of 32). Cells are read from the image with its long side at most this many pixels. Typographic characters kept besides printable ASCII and Latin-1 and Latin Extended-A letters.</extracomment>
        <translation>faltan los modelos de OCR de rxtracker en {folder}; vuelva a instalar rxtracker</translation>
    </message>
</context>
<context>
    <name>pdf_text</name>
    <message>
        <source>is a password-protected PDF; save it without a password</source>
        <extracomment>Layout mode fails on some fonts where plain extraction still works. Fewer letters than this on the first pages means a scan: the pages go to OCR.</extracomment>
        <translation>es un PDF protegido con contraseña; guárdelo sin contraseña</translation>
    </message>
    <message>
        <source>is a PDF without pages</source>
        <translation>es un PDF sin páginas</translation>
    </message>
    <message>
        <source>has {pages} pages; a certificate has at most {most}</source>
        <translation>tiene {pages} páginas; un certificado tiene como máximo {most}</translation>
    </message>
    <message>
        <source>has a page far larger than any certificate</source>
        <translation>tiene una página mucho más grande que cualquier certificado</translation>
    </message>
    <message>
        <source>holds data that inflates past any certificate&apos;s size</source>
        <translation>contiene datos que se expanden más allá del tamaño de cualquier certificado</translation>
    </message>
    <message>
        <source>holds an image that inflates past any scan&apos;s size</source>
        <translation>contiene una imagen que se expande más allá del tamaño de cualquier escaneo</translation>
    </message>
    <message>
        <source>holds an image that cannot be read ({error})</source>
        <translation>contiene una imagen que no se puede leer ({error})</translation>
    </message>
    <message>
        <source>has neither text nor a scanned page to read</source>
        <translation>no tiene texto ni una página escaneada que leer</translation>
    </message>
    <message>
        <source>is not a readable PDF ({error})</source>
        <translation>no es un PDF legible ({error})</translation>
    </message>
</context>
</TS>
