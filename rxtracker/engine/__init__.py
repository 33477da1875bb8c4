"""Pure rules engine: cycles, requirements, allocation, pathways, explanations.

It never reads the clock, the disk or the database: ``as_of`` and every fact are arguments.
"""

from rxtracker.engine.depends import with_dependencies
from rxtracker.engine.evaluate import counting_from, evaluate, evaluate_past_cycle
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
