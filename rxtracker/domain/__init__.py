"""Value types, enums and errors: standard library only.

The names are imported on first use (PEP 562): the window's frame, which needs only the
errors, does not load the dates, hours and UAN modules by importing this package.
"""

from __future__ import annotations

from rxtracker.lazy_names import names_on_first_use

TYPE_CHECKING = False  # what typing's is, without importing typing
if TYPE_CHECKING:
    from rxtracker.domain.clock import Clock, FixedClock
    from rxtracker.domain.dates import (
        add_months,
        calendar_date,
        date_text,
        day_words,
        end_of_month,
        long_date_text,
        parse_date,
    )
    from rxtracker.domain.enums import Audience, Category, Format, Role, Source, Verification
    from rxtracker.domain.errors import (
        AlreadyRecorded,
        ChangedMeanwhile,
        InvalidInput,
        NotFound,
        RxError,
        StorageError,
    )
    from rxtracker.domain.hours import Hours, plain
    from rxtracker.domain.names import close_matches, name_key
    from rxtracker.domain.states import STATE_NAMES, STATES
    from rxtracker.domain.tags import KNOWN_TAGS, tag_label
    from rxtracker.domain.uan import TOPIC_NAMES, Uan, parse_uan, topic_label

#: Each public name -> the module that defines it.
_WHERE = {
    "Clock": "rxtracker.domain.clock",
    "FixedClock": "rxtracker.domain.clock",
    "add_months": "rxtracker.domain.dates",
    "calendar_date": "rxtracker.domain.dates",
    "date_text": "rxtracker.domain.dates",
    "day_words": "rxtracker.domain.dates",
    "end_of_month": "rxtracker.domain.dates",
    "long_date_text": "rxtracker.domain.dates",
    "parse_date": "rxtracker.domain.dates",
    "Audience": "rxtracker.domain.enums",
    "Category": "rxtracker.domain.enums",
    "Format": "rxtracker.domain.enums",
    "Role": "rxtracker.domain.enums",
    "Source": "rxtracker.domain.enums",
    "Verification": "rxtracker.domain.enums",
    "AlreadyRecorded": "rxtracker.domain.errors",
    "ChangedMeanwhile": "rxtracker.domain.errors",
    "InvalidInput": "rxtracker.domain.errors",
    "NotFound": "rxtracker.domain.errors",
    "RxError": "rxtracker.domain.errors",
    "StorageError": "rxtracker.domain.errors",
    "Hours": "rxtracker.domain.hours",
    "plain": "rxtracker.domain.hours",
    "close_matches": "rxtracker.domain.names",
    "name_key": "rxtracker.domain.names",
    "STATE_NAMES": "rxtracker.domain.states",
    "STATES": "rxtracker.domain.states",
    "KNOWN_TAGS": "rxtracker.domain.tags",
    "tag_label": "rxtracker.domain.tags",
    "TOPIC_NAMES": "rxtracker.domain.uan",
    "Uan": "rxtracker.domain.uan",
    "parse_uan": "rxtracker.domain.uan",
    "topic_label": "rxtracker.domain.uan",
}

__all__ = [
    "KNOWN_TAGS",
    "STATES",
    "STATE_NAMES",
    "TOPIC_NAMES",
    "AlreadyRecorded",
    "Audience",
    "Category",
    "ChangedMeanwhile",
    "Clock",
    "FixedClock",
    "Format",
    "Hours",
    "InvalidInput",
    "NotFound",
    "Role",
    "RxError",
    "Source",
    "StorageError",
    "Uan",
    "Verification",
    "add_months",
    "calendar_date",
    "close_matches",
    "date_text",
    "day_words",
    "end_of_month",
    "long_date_text",
    "name_key",
    "parse_date",
    "parse_uan",
    "plain",
    "tag_label",
    "topic_label",
]

__getattr__ = names_on_first_use(globals(), _WHERE)
