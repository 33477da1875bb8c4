<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>database</name>
    <message>
        <source>{path} is damaged or is not an rxtracker database ({error}). It has been left as it is.</source>
        <translation>{path} está dañado o no es una base de datos de rxtracker ({error}). Se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not rxtracker&apos;s (it has none of rxtracker&apos;s tables). It has been left as it is; choose another file or folder.</source>
        <translation>{path} es una base de datos SQLite, pero no de rxtracker (no tiene ninguna de las tablas de rxtracker). Se dejó tal como estaba; elija otro archivo u otra carpeta.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. {saved} Free some space and try again.</source>
        <extracomment>(SQLite error name prefix, words in the message, what to tell the user).</extracomment>
        <translation>El disco donde está {folder} está lleno. {saved} Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>rxtracker cannot write to {folder}: it is read-only. {saved} Check the folder&apos;s permissions, or use --data-dir to choose another folder.</source>
        <translation>rxtracker no puede escribir en {folder}: es de solo lectura. {saved} Revise los permisos de la carpeta o use --data-dir para elegir otra carpeta.</translation>
    </message>
    <message>
        <source>rxtracker cannot open {path}. Check that the folder exists and that you may write to it, or use --data-dir to choose another.</source>
        <translation>rxtracker no puede abrir {path}. Compruebe que la carpeta existe y que puede escribir en ella, o use --data-dir para elegir otra.</translation>
    </message>
    <message>
        <source>Another program kept {name} busy for {seconds} seconds. {saved} Close other copies of rxtracker and try again.</source>
        <translation>Otro programa mantuvo ocupado {name} durante {seconds} segundos. {saved} Cierre las otras copias de rxtracker e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk reported an error while rxtracker used {path}. {saved} Check the disk, then try again.</source>
        <translation>El disco informó un error mientras rxtracker usaba {path}. {saved} Revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}). It has been left as it is; restore your newest backup.</source>
        <translation>{path} está dañado ({error}). Se dejó tal como estaba; restaure su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): the records it held are gone (a copy or a disk fault cut it short). It has been left as it is; restore your newest backup, or move the file away to start with no records.</source>
        <extracomment>What the user should be told about opening (side files set aside). Why writes are impossible (the records open for reading only), or None. Who the change history names for the writes that follow.</extracomment>
        <translation>{path} está vacío (0 bytes): los registros que tenía se perdieron (una copia o una falla del disco lo cortó). Se dejó tal como estaba; restaure su copia de seguridad más reciente, o mueva el archivo a otro lugar para empezar sin registros.</translation>
    </message>
    <message>
        <source>{path} was written by a newer rxtracker (schema {version}; this version reads up to {known}). Install the newer rxtracker to open it; the file has been left as it is.</source>
        <translation>{path} fue escrito por una versión más nueva de rxtracker (esquema {version}; esta versión lee hasta el {known}). Instale la versión más nueva de rxtracker para abrirlo; el archivo se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>upgrading {name} would break {count} links between records (first: table {table}); nothing was changed</source>
        <translation>actualizar {name} rompería {count} vínculos entre registros (el primero: tabla {table}); no se cambió nada</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>This {record} was changed since you opened it; reopen to see it. Nothing was saved.</source>
        <translation>Alguien cambió este registro ({record}) después de que usted lo abrió; vuelva a abrirlo para verlo. No se guardó nada.</translation>
    </message>
    <message>
        <source>This {record} was changed by {who} at {when} UTC since you opened it; reopen to see it. Nothing was saved.</source>
        <translation>{who} cambió este registro ({record}) el {when} UTC, después de que usted lo abrió; vuelva a abrirlo para verlo. No se guardó nada.</translation>
    </message>
    <message>
        <source>This record was changed by someone else while you saved since you opened it; reopen to see it. Nothing was saved.</source>
        <translation>Otra persona cambió este registro mientras usted guardaba; vuelva a abrirlo para verlo. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>{folder} is read-only</source>
        <extracomment>The first bytes of a rollback journal that SQLite will roll back (&quot;hot&quot;). How long a connection waits for another program&apos;s lock before it gives up. Below this many free bytes the disk counts as full (SQLite then fails to write).</extracomment>
        <translation>{folder} es de solo lectura</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full</source>
        <translation>el disco donde está {folder} está lleno</translation>
    </message>
</context>
<context>
    <name>pg_server</name>
    <message>
        <source>this database was set up by a newer rxtracker (schema {version}; this version knows up to {known}); nothing was changed</source>
        <translation>esta base de datos la configuró una versión más nueva de rxtracker (esquema {version}; esta versión conoce hasta el {known}); no se cambió nada</translation>
    </message>
    <message>
        <source>use 1 to 63 lower-case letters, digits and underscores, not starting with a digit</source>
        <translation>use de 1 a 63 letras minúsculas, dígitos y guiones bajos, sin empezar con un dígito</translation>
    </message>
    <message>
        <source>one of {roles}</source>
        <translation>una de estas: {roles}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>{login} exists already on this server</source>
        <translation>{login} ya existe en este servidor</translation>
    </message>
</context>
<context>
    <name>postgres</name>
    <message>
        <source>a team database is given as postgresql://LOGIN@HOST:PORT/DATABASE (got {scheme}://…)</source>
        <translation>una base de datos del equipo se indica como postgresql://USUARIO@SERVIDOR:PUERTO/BASE (se recibió {scheme}://…)</translation>
    </message>
    <message>
        <source>this database URL cannot be read: {error}</source>
        <translation>no se puede leer esta URL de base de datos: {error}</translation>
    </message>
    <message>
        <source>The team database refused this: {reason}. Nothing was saved.</source>
        <translation>La base de datos del equipo rechazó esto: {reason}. No se guardó nada.</translation>
    </message>
    <message>
        <source>rxtracker cannot use the team database {url}: {reason}</source>
        <translation>rxtracker no puede usar la base de datos del equipo {url}: {reason}</translation>
    </message>
    <message>
        <source>{where} holds no rxtracker records yet: its owner sets it up with `rxtracker server init {where}`.</source>
        <extracomment>The history names the login itself (a trigger makes sure of it); the person is the one ``rxtracker server add-user`` gave the login. Nothing is set aside on a server (the local file&apos;s side files are not involved).</extracomment>
        <translation>{where} todavía no tiene registros de rxtracker: su propietario la configura con `rxtracker server init {where}`.</translation>
    </message>
    <message>
        <source>{where} was set up by a newer rxtracker (schema {version}; this version reads up to {known}). Install the newer rxtracker to use it.</source>
        <translation>{where} la configuró una versión más nueva de rxtracker (esquema {version}; esta versión lee hasta el {known}). Instale la versión más nueva de rxtracker para usarla.</translation>
    </message>
    <message>
        <source>{where} needs an upgrade to schema {known}: its owner runs `rxtracker server init {where}`.</source>
        <translation>{where} necesita actualizarse al esquema {known}: su propietario ejecuta `rxtracker server init {where}`.</translation>
    </message>
</context>
<context>
    <name>side_files</name>
    <message>
        <source>{side} beside {path} did not belong to these records (applying it would have damaged them). It was moved to {moved}, and the records were opened without it.</source>
        <extracomment>Byte locked (shared) in ``-shm`` by every open WAL connection (SQLite&apos;s os_unix.c). SQLite&apos;s lock bytes in the database file: pending, reserved and the shared range. The append-only change history, and how many of its newest rows a WAL must keep. Tables every rxtracker database has had since schema 1. Databases this process has open (resolved path -&gt; how many times): their side files are live, and touching their files outside SQLite would drop this process&apos;s SQLite locks.</extracomment>
        <translation>{side}, junto a {path}, no pertenecía a estos registros (aplicarlo los habría dañado). Se movió a {moved} y los registros se abrieron sin él.</translation>
    </message>
</context>
</TS>
