"""The schema version this rxtracker writes, importable without SQLAlchemy."""

#: The schema version this rxtracker writes (the head revision; a test checks they agree).
SCHEMA_VERSION = 8
