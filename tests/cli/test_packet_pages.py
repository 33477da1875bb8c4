"""A packet of many pages: every row read back in order, none cut across a page break."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from rxtracker.domain import Hours
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    open_context,
    people,
)
from tests.conftest import Cli

ROWS = 90
HEAD = "# Date Title Provider Hours UAN Certificate"


def _title(n: int) -> str:
    return f"Course {n:03d}: sterile compounding, hazardous drugs and the pharmacy law of states"


def _uan(n: int) -> str:
    return f"0197-0000-25-{n:03d}-H03-T"


def _records(data_dir: Path) -> None:
    ctx = open_context(AppPaths.resolve(data_dir))
    try:
        ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
        credentials.add_credential(ctx, ana, CredentialInput("ptcb-cpht", dt.date(2027, 3, 31)))
        for n in range(1, ROWS + 1):
            course = ActivityInput(
                _title(n), dt.date(2025, 5, 1) + dt.timedelta(days=n), Hours(100),
                provider="Academy", uan=_uan(n),
            )  # fmt: skip
            activities.add_activity(ctx, ana, course, today=dt.date(2026, 11, 25))
    finally:
        ctx.close()


def test_every_row_reads_back_in_order_on_one_page(cli: Cli, tmp_path: Path, qapp: object) -> None:
    _records(cli.data_dir)
    out = tmp_path / "packet.pdf"
    result = cli("report", "Ana Ruiz", "--credential", "ptcb-cpht", "--out", str(out))
    assert result.code == 0, result.err
    assert f"{ROWS} activities" in result.out
    pages = [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(out).pages
    ]
    found = []
    for n in range(1, ROWS + 1):
        day = dt.date(2025, 5, 1) + dt.timedelta(days=n)
        row = f"{n} {day:%m/%d/%Y} {_title(n)} Academy 1 {_uan(n)} none stored"
        holding = [number for number, text in enumerate(pages) if row in text]
        assert len(holding) == 1, (n, holding)  # whole, on exactly one page
        found.append(holding[0])
    assert found == sorted(found)  # in order
    log_pages = sorted(set(found))
    assert len(log_pages) >= 3  # several pages
    for number in log_pages:
        first_row = pages[number].index(f" {found.index(number) + 1} ")  # its first row's number
        assert pages[number][:first_row].endswith(HEAD), number  # the head row, again
        assert pages[number].endswith(str(number + 1))  # the page's own number, last
