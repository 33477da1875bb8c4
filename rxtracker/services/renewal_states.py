"""Where each credential's renewal application and newest audit stand (issue 20), from rows.

The steps and audits are read as SQL text (``rxtracker.db.reads``) through ``Rows``, so the
app, the team database and ``status`` on the local file (``services.quick``) judge them
alike. Importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence

from rxtracker.db.reads import Rows, audits_sql, credential_params, renewal_steps_sql
from rxtracker.engine.cycles import cycle_dates
from rxtracker.engine.phases import (
    AuditFact,
    RenewalState,
    ReturnRules,
    Step,
    StepFact,
    application,
    audit_state,
)
from rxtracker.services.fields import day_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.catalog import Catalog, CredentialType
    from rxtracker.engine import CredentialFact


def renewal_states_from(
    rows: Rows, catalog: Catalog, credentials: Collection[CredentialFact], as_of: dt.date
) -> dict[int, RenewalState]:
    """The renewal state of each credential that has a step or an audit (two reads)."""
    ids = [c.id for c in credentials]
    if not ids:
        return {}
    steps = step_facts_from(rows, ids)
    audits = _audit_facts(rows, ids)
    return {
        c.id: state_of(catalog.get(c.type_id), c, steps.get(c.id, []), audits.get(c.id, []), as_of)
        for c in credentials
        if c.id in steps or c.id in audits
    }


def state_of(
    ctype: CredentialType,
    credential: CredentialFact,
    steps: list[StepFact],
    audits: list[AuditFact],
    as_of: dt.date,
) -> RenewalState:
    """Where one credential's application and newest audit stand on ``as_of``."""
    late = None
    if credential.expires_on is not None:
        late = cycle_dates(ctype, credential).reinstatement_until
    rules = ReturnRules(ctype.dates.resubmit_days_after_return, named_fee(ctype, "reprocess"), late)
    return RenewalState(
        application(steps, credential.expires_on, rules, as_of), audit_state(audits, as_of)
    )


def step_facts_from(rows: Rows, ids: Sequence[int]) -> dict[int, list[StepFact]]:
    """The application steps of the credentials ``ids``, oldest first, by credential."""
    out: dict[int, list[StepFact]] = defaultdict(list)
    for credential_id, step, on, ended, reasons, fee, expires in rows.all(
        renewal_steps_sql(len(ids)), credential_params(ids)
    ):
        fact = StepFact(Step(step), day_of(on), day_of(ended), reasons, fee, day_of(expires))
        out[credential_id].append(fact)
    return out


def named_fee(ctype: CredentialType, word: str) -> str | None:
    """The amount of the type's first fee whose name has ``word`` (None: no such fee)."""
    return next((f.amount for f in ctype.fees if word in f.name.lower()), None)


def _audit_facts(rows: Rows, ids: Sequence[int]) -> dict[int, list[AuditFact]]:
    out: dict[int, list[AuditFact]] = defaultdict(list)
    for credential_id, audit_id, *days, outcome, decided in rows.all(
        audits_sql(len(ids)), credential_params(ids)
    ):
        noticed, due, sent = (day_of(day) for day in days)
        fact = AuditFact(audit_id, noticed, due, sent, outcome, day_of(decided))
        out[credential_id].append(fact)
    return out
