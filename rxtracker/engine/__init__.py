"""Pure rules engine: cycles, requirements, allocation, pathways, explanations.

It never reads the clock, the disk or the database: ``as_of`` and every fact are arguments.

The names are imported on first use (PEP 562), so a command imports only the rules it runs.
"""

from __future__ import annotations

from rxtracker.lazy_names import names_on_first_use

TYPE_CHECKING = False  # what typing's is, without importing typing
if TYPE_CHECKING:
    from rxtracker.engine.depends import with_dependencies
    from rxtracker.engine.facts import (
        ActivityFact,
        CredentialFact,
        ExperienceFact,
        ItemFact,
        PastCycleFact,
    )
    from rxtracker.engine.result import (
        ActivityResult,
        CredentialResult,
        CreditsView,
        CycleDates,
        CycleWindow,
        PathwayResult,
        PathwayStep,
        Phase,
        RenewalDate,
        RequirementResult,
        SpecialtyArea,
    )

#: Each public name -> the module that defines it.
_WHERE = {
    "with_dependencies": "rxtracker.engine.depends",
    "ActivityFact": "rxtracker.engine.facts",
    "CredentialFact": "rxtracker.engine.facts",
    "ExperienceFact": "rxtracker.engine.facts",
    "ItemFact": "rxtracker.engine.facts",
    "PastCycleFact": "rxtracker.engine.facts",
    "ActivityResult": "rxtracker.engine.result",
    "CredentialResult": "rxtracker.engine.result",
    "CreditsView": "rxtracker.engine.result",
    "CycleDates": "rxtracker.engine.result",
    "CycleWindow": "rxtracker.engine.result",
    "PathwayResult": "rxtracker.engine.result",
    "PathwayStep": "rxtracker.engine.result",
    "Phase": "rxtracker.engine.result",
    "RenewalDate": "rxtracker.engine.result",
    "RequirementResult": "rxtracker.engine.result",
    "SpecialtyArea": "rxtracker.engine.result",
}

__all__ = [
    "ActivityFact",
    "ActivityResult",
    "CredentialFact",
    "CredentialResult",
    "CreditsView",
    "CycleDates",
    "CycleWindow",
    "ExperienceFact",
    "ItemFact",
    "PastCycleFact",
    "PathwayResult",
    "PathwayStep",
    "Phase",
    "RenewalDate",
    "RequirementResult",
    "SpecialtyArea",
    "counting_from",
    "evaluate",
    "evaluate_past_cycle",
    "with_dependencies",
]

__getattr__ = names_on_first_use(globals(), _WHERE)

# ``evaluate`` is imported at once: it is also a submodule's name, and a submodule imported
# later would put the module in the package's ``evaluate`` in place of a lazy function. It
# comes last, so the modules it imports find the lazy names already in place.
from rxtracker.engine.evaluate import counting_from, evaluate, evaluate_past_cycle  # noqa: E402
