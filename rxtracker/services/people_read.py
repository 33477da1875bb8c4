"""Finding a person by name or id: a read through ``rxtracker.db.reads`` (no SQLAlchemy).

Commands name a person on the command line; ``rxtracker.services.quick`` lets the reading
commands find them without loading the ORM.
"""

from __future__ import annotations

from rxtracker.db.quick import reading
from rxtracker.db.reads import people_sql
from rxtracker.domain import InvalidInput, close_matches, name_key
from rxtracker.i18n import translate
from rxtracker.services.fields import PERSON_COLUMNS, person_row_of
from rxtracker.services.rows import PersonRow

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.services.quick import Reading


def list_everybody(ctx: Reading) -> list[PersonRow]:
    """Every person, active or not, by id."""
    with reading(ctx.db) as rows:
        return [person_row_of(values) for values in rows.all(people_sql(PERSON_COLUMNS), {})]


def find_person(ctx: Reading, key: str) -> PersonRow:
    """A person named by id, by name or by a beginning only they have.

    Names are compared ignoring case, accents and spacing; when several people share a name,
    a deactivated one does not make it ambiguous.

    Raises:
        InvalidInput: field "person": nobody matches (with the close names, if any), or the
            name is shared by several active people (with their ids).
    """
    text = key.strip()
    everybody = list_everybody(ctx)
    if text.isdigit():
        for person in everybody:
            if person.id == int(text):
                return person
    matches = _matching(everybody, name_key(text))
    if len(matches) == 1:
        return matches[0]
    if matches:
        ids = ", ".join(f"{p.id} ({p.name})" for p in matches)
        count = len(matches)
        problem = translate("people_read", "%n people match {text}; use the id: {ids}", None, count)
        raise InvalidInput("person", problem.format(text=repr(text), ids=ids))
    close = close_matches(text, [p.name for p in everybody])
    if close:
        problem = translate("people_read", "no person named {text}; did you mean {names}?")
    else:
        problem = translate("people_read", "no person named {text} (see `rxtracker person list`)")
    or_word = translate("people_read", " or ")
    raise InvalidInput("person", problem.format(text=repr(text), names=or_word.join(close)))


def _matching(everybody: list[PersonRow], wanted: str) -> list[PersonRow]:
    """The exact names (active ones first), else the names that begin with ``wanted``."""
    for matches in (
        [p for p in everybody if name_key(p.name) == wanted],
        [p for p in everybody if name_key(p.name).startswith(f"{wanted} ")],
    ):
        active = [p for p in matches if p.active]
        if matches:
            return active or matches
    return []
