"""Who may do what on a team database, enforced by PostgreSQL itself (issue 13).

Three group roles hold the table privileges; each person's login is a member of one. Row-level
security narrows every table to the rows a login may see or change:

- a technician reads and writes only their own person, credentials, activities (with their
  tags and certificates) and work experience;
- a supervisor also reads everyone on their team(s) and records checks on their activities
  (verify / send back), and nothing else of them;
- an admin manages people, logins and teams, and reads every record;
- the change history is append-only for everybody and names ``session_user``;
- nobody verifies their own activity.

Which person a login is, and who is on which team, is kept in the server-only tables
``app_login``, ``team`` and ``team_member`` (``SERVER_METADATA``: the local file has none).
Every statement here is idempotent, so ``rxtracker server init`` can run again at any time.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

ROLES = {
    "technician": "rxtracker_technician",
    "supervisor": "rxtracker_supervisor",
    "admin": "rxtracker_admin",
}

SERVER_METADATA = MetaData()
TEAM = Table(
    "team",
    SERVER_METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
)
TEAM_MEMBER = Table(
    "team_member",
    SERVER_METADATA,
    Column("team_id", ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", Integer, primary_key=True),  # a person row outlives its logins
)
APP_LOGIN = Table(
    "app_login",
    SERVER_METADATA,
    Column("login", String(63), primary_key=True),
    Column("person_id", Integer, nullable=False),
    UniqueConstraint("login", "person_id"),
)

#: The largest certificate kept (the app refuses a bigger file before it is read).
MAX_BLOB_BYTES = 25 * 1024 * 1024
#: Certificate bytes, content-addressed: the computers of a team share no folder. A login
#: reads a blob only while an attachment it may read points to it (the policy below).
CERTIFICATE_BLOB = Table(
    "certificate_blob",
    SERVER_METADATA,
    Column("sha256", String(64), primary_key=True),
    Column("media_type", String(50), nullable=False),
    Column("content", LargeBinary, nullable=False),
    CheckConstraint(f"octet_length(content) <= {MAX_BLOB_BYTES}", name="certificate_blob_size"),
    # Content-addressed for real: nobody can put other bytes under a certificate's digest.
    CheckConstraint("sha256 = encode(sha256(content), 'hex')", name="certificate_blob_digest"),
)
#: How a login stores certificate bytes: a blob already there (someone else's copy of the
#: same file, which the login may not see) is kept, the digest check making them equal.
PUT_CERTIFICATE = """CREATE OR REPLACE FUNCTION rxtracker_put_certificate(
        digest text, media text, bytes bytea) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    INSERT INTO certificate_blob (sha256, media_type, content) VALUES (digest, media, bytes)
    ON CONFLICT (sha256) DO NOTHING $$"""

_DEFINER = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp"

#: Helpers the policies call. SECURITY DEFINER: they read the tables without the policies
#: (which would otherwise recurse); they only ever answer about ``session_user``.
FUNCTIONS = (
    f"""CREATE OR REPLACE FUNCTION rxtracker_my_person() RETURNS integer {_DEFINER} AS $$
        SELECT person_id FROM app_login WHERE login = session_user $$""",
    f"""CREATE OR REPLACE FUNCTION rxtracker_is(role_name text) RETURNS boolean {_DEFINER} AS $$
        SELECT pg_has_role(session_user, role_name, 'MEMBER') $$""",
    f"""CREATE OR REPLACE FUNCTION rxtracker_my_teams() RETURNS SETOF integer {_DEFINER} AS $$
        SELECT team_id FROM team_member WHERE person_id = rxtracker_my_person() $$""",
    f"""CREATE OR REPLACE FUNCTION rxtracker_supervises(p integer) RETURNS boolean {_DEFINER}
        AS $$ SELECT rxtracker_is('rxtracker_supervisor') AND EXISTS (
            SELECT 1 FROM team_member
            WHERE person_id = p AND team_id IN (SELECT rxtracker_my_teams())) $$""",
    f"""CREATE OR REPLACE FUNCTION rxtracker_may_read(p integer) RETURNS boolean {_DEFINER}
        AS $$ SELECT p = rxtracker_my_person() OR rxtracker_is('rxtracker_admin')
            OR rxtracker_supervises(p) $$""",
    # Whose credential / activity an id is: answered only about a row the caller may read
    # (NULL otherwise), so nobody learns another team's people by trying ids.
    f"""CREATE OR REPLACE FUNCTION rxtracker_credential_person(c integer) RETURNS integer
        {_DEFINER} AS $$ SELECT person_id FROM credential
            WHERE id = c AND rxtracker_may_read(person_id) $$""",
    f"""CREATE OR REPLACE FUNCTION rxtracker_activity_person(a integer) RETURNS integer
        {_DEFINER} AS $$ SELECT person_id FROM activity
            WHERE id = a AND rxtracker_may_read(person_id) $$""",
    # A supervisor's UPDATE of someone else's activity may change the check and nothing else;
    # a person may only clear the check of their own; a check names its real author.
    """CREATE OR REPLACE FUNCTION rxtracker_activity_guard() RETURNS trigger LANGUAGE plpgsql
    AS $$
    DECLARE
        me integer := rxtracker_my_person();
        check_columns text[] := ARRAY['verification', 'verified_by_id', 'verified_by_user',
                                      'verified_at', 'verification_note', 'updated_at',
                                      'version'];
    BEGIN
        IF me IS NULL THEN
            RETURN NEW;  -- the database owner's own maintenance
        END IF;
        IF NEW.person_id = me AND NEW.verification <> 'unverified' AND (TG_OP = 'INSERT'
                OR NEW.verification IS DISTINCT FROM OLD.verification) THEN
            RAISE EXCEPTION 'a person cannot verify or send back their own activity'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.person_id <> me THEN
            IF (to_jsonb(NEW) - check_columns) <> (to_jsonb(OLD) - check_columns) THEN
                RAISE EXCEPTION 'a supervisor records checks and changes nothing else'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.verified_by_id := me;
        END IF;
        IF NEW.verification <> 'unverified' THEN
            NEW.verified_by_user := session_user;
        END IF;
        RETURN NEW;
    END $$""",
    PUT_CERTIFICATE,
    "DROP TRIGGER IF EXISTS rxtracker_activity_guard ON activity",
    "CREATE TRIGGER rxtracker_activity_guard BEFORE INSERT OR UPDATE ON activity "
    "FOR EACH ROW EXECUTE FUNCTION rxtracker_activity_guard()",
)

_ADMIN = "rxtracker_is('rxtracker_admin')"
_ME = "rxtracker_my_person()"

#: Tables a person's records are in, and the expression giving the person a row belongs to.
_OWNED = {
    "credential": "person_id",
    "work_experience": "person_id",
    "import_batch": "person_id",
    "activity": "person_id",
    "credential_cycle": "rxtracker_credential_person(credential_id)",
    "credential_item": "rxtracker_credential_person(credential_id)",
    "renewal_event": "rxtracker_credential_person(credential_id)",
    "credential_audit": "rxtracker_credential_person(credential_id)",
    "activity_tag": "rxtracker_activity_person(activity_id)",
    "attachment": "rxtracker_activity_person(activity_id)",
}

_HISTORY_READ = (
    f"app_user = session_user OR {_ADMIN}"
    " OR (entity = 'person' AND rxtracker_may_read(entity_id))"
    " OR (entity = 'credential' AND rxtracker_may_read(rxtracker_credential_person(entity_id)))"
    " OR (entity = 'activity' AND rxtracker_may_read(rxtracker_activity_person(entity_id)))"
)


def _policies() -> dict[str, list[tuple[str, str, str | None, str | None]]]:
    """Table -> [(policy name, command, USING, WITH CHECK)]."""
    out: dict[str, list[tuple[str, str, str | None, str | None]]] = {}
    for table, owner in _OWNED.items():
        mine = f"{owner} = {_ME}"
        out[table] = [
            ("rx_read", "SELECT", f"rxtracker_may_read({owner})", None),
            ("rx_insert", "INSERT", None, mine),
            ("rx_update", "UPDATE", mine, mine),
            ("rx_delete", "DELETE", mine, None),
        ]
    check = f"rxtracker_supervises(person_id) AND person_id <> {_ME}"
    out["activity"].append(("rx_check", "UPDATE", check, check))
    mine_or_admin = f"id = {_ME} OR {_ADMIN}"
    out["person"] = [
        ("rx_read", "SELECT", "rxtracker_may_read(id)", None),
        ("rx_insert", "INSERT", None, _ADMIN),
        ("rx_update", "UPDATE", mine_or_admin, mine_or_admin),
    ]
    out["change_history"] = [
        ("rx_read", "SELECT", _HISTORY_READ, None),
        ("rx_insert", "INSERT", None, "true"),
    ]
    # Policies run as the caller, so the attachment rows looked at here are only those the
    # caller may read: their own, their team's for a supervisor, everyone's for an admin.
    out["certificate_blob"] = [
        (
            "rx_read",
            "SELECT",
            "EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = certificate_blob.sha256)",
            None,
        ),
    ]
    out["custom_credential_type"] = [
        ("rx_read", "SELECT", "true", None),
        ("rx_manage", "ALL", _ADMIN, _ADMIN),
    ]
    out["team"] = [
        ("rx_read", "SELECT", f"{_ADMIN} OR id IN (SELECT rxtracker_my_teams())", None),
        ("rx_manage", "ALL", _ADMIN, _ADMIN),
    ]
    out["team_member"] = [
        ("rx_read", "SELECT", "rxtracker_may_read(person_id)", None),
        ("rx_manage", "ALL", _ADMIN, _ADMIN),
    ]
    out["app_login"] = [
        (
            "rx_read",
            "SELECT",
            f"login = session_user OR {_ADMIN} OR rxtracker_supervises(person_id)",
            None,
        ),
        ("rx_manage", "ALL", _ADMIN, _ADMIN),
    ]
    return out


def policy_statements() -> list[str]:
    """Row-level security on every table, each policy dropped and made again (idempotent)."""
    statements = []
    for table, policies in _policies().items():
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, command, using, check in policies:
            statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
            clauses = f" USING ({using})" if using else ""
            clauses += f" WITH CHECK ({check})" if check else ""
            statements.append(f"CREATE POLICY {name} ON {table} FOR {command}{clauses}")
    return statements


def grant_statements() -> list[str]:
    """Table privileges of the group roles (the policies then narrow them to rows)."""
    everyone = ", ".join(ROLES.values())
    records = ", ".join(_OWNED)
    admin = ROLES["admin"]
    return [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {records} TO {everyone}",
        f"GRANT SELECT, INSERT, UPDATE ON person TO {everyone}",
        f"GRANT SELECT, INSERT ON change_history TO {everyone}",
        f"GRANT SELECT ON certificate_blob TO {everyone}",
        "REVOKE ALL ON FUNCTION rxtracker_put_certificate(text, text, bytea) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION rxtracker_put_certificate(text, text, bytea) TO {everyone}",
        f"GRANT SELECT ON alembic_version, custom_credential_type, team, team_member, "
        f"app_login TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON custom_credential_type, team, team_member, app_login "
        f"TO {admin}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
    ]


def ensure_roles(con: Connection) -> None:
    """Create the group roles that do not exist yet (they belong to the whole server)."""
    existing = {
        row[0]
        for row in con.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE starts_with(rolname, 'rxtracker_')"
        )
    }
    for role in ROLES.values():
        if role not in existing:
            con.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")


def secure(con: Connection) -> None:
    """Roles, helper functions, policies and grants, on the tables that exist (idempotent)."""
    SERVER_METADATA.create_all(con)
    ensure_roles(con)
    for statement in (*FUNCTIONS, *policy_statements(), *grant_statements()):
        con.exec_driver_sql(statement)
    database = con.dialect.identifier_preparer.quote(
        con.exec_driver_sql("SELECT current_database()").scalar_one()
    )
    con.exec_driver_sql(f"REVOKE CONNECT ON DATABASE {database} FROM PUBLIC")
    con.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {', '.join(ROLES.values())}")
