"""Value types, enums and errors: standard library only."""

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
