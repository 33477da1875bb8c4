"""UAN parsing (ACPE format, rules-reference section 5.1)."""

import pytest

from rxtracker.domain import Audience, Format, InvalidInput, parse_uan, topic_label


@pytest.mark.parametrize(
    ("text", "provider", "fmt", "topic", "audience"),
    [
        # PTCB's own example of a law UAN (ptcb.zendesk.com/.../206879047).
        ("0123-0123-12-123-H03-T", "0123", Format.HOME, "03", Audience.TECHNICIAN),
        # Jointly accredited provider (NetCE, rules-reference 5.1).
        ("JA4008164-0000-24-027-H03-P", "JA4008164", Format.HOME, "03", Audience.PHARMACIST),
        ("0384-9999-21-104-H07-T", "0384", Format.HOME, "07", Audience.TECHNICIAN),
        ("0204-0000-20-755-L08-P", "0204", Format.LIVE, "08", Audience.PHARMACIST),
        # Tolerant input: lower case, spaces, en dashes.
        (" 0197 – 0000 – 24 – 001 – l05 – t ", "0197", Format.LIVE, "05", Audience.TECHNICIAN),
    ],
)
def test_parses_real_uans(
    text: str, provider: str, fmt: Format, topic: str, audience: Audience
) -> None:
    uan = parse_uan(text)
    assert (uan.provider, uan.format, uan.topic, uan.audience) == (provider, fmt, topic, audience)


def test_unknown_format_letter_is_flagged_not_live() -> None:
    uan = parse_uan("0197-0000-24-001-B03-T")  # "B" is not confirmed by any source
    assert uan.format == Format.UNKNOWN


def test_joint_provider_flag() -> None:
    assert parse_uan("0384-9999-21-104-H07-T").jointly_provided
    assert not parse_uan("0384-0000-21-104-H07-T").jointly_provided


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("0197-0000-24-001-H03", "has 5 part"),
        ("197-0000-24-001-H03-T", "part 1 (provider ID)"),
        ("0197-000-24-001-H03-T", "part 2 (joint-provider code)"),
        ("0197-0000-2024-001-H03-T", "part 3 (year)"),
        ("0197-0000-24-01-H03-T", "part 4 (sequence number)"),
        ("0197-0000-24-001-H3-T", "part 5 (format and topic)"),
        ("0197-0000-24-001-H03-X", "part 6 (audience)"),
    ],
)
def test_errors_name_the_wrong_segment(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_uan(text)


def test_topic_labels() -> None:
    assert topic_label("03") == "03 Law"
    assert "not confirmed" in topic_label("99")
    assert "not named" in topic_label("42")


@pytest.mark.parametrize(
    ("pasted", "canonical"),
    [
        ("0204 0000 26 102 h03 t", "0204-0000-26-102-H03-T"),
        ("0204000026102H03T", "0204-0000-26-102-H03-T"),
        ("0204000026102h03t", "0204-0000-26-102-H03-T"),
        ("0204-0000-26-102-h03-t", "0204-0000-26-102-H03-T"),
        ("UAN: 0204-0000-26-102-H03-T", "0204-0000-26-102-H03-T"),
        ("uan 0204 0000 26 102 H03 T", "0204-0000-26-102-H03-T"),
        ("ACPE # 0204-0000-26-102-H03-T", "0204-0000-26-102-H03-T"),
        ("ACPE #0204000026102H03T", "0204-0000-26-102-H03-T"),
        ("ACPE UAN 0204-0000-26-102-H03-T", "0204-0000-26-102-H03-T"),
        ("ACPE UAN#: 0204 - 0000 - 26 - 102 - H03 - T", "0204-0000-26-102-H03-T"),
        ("Universal Activity Number: 0204-0000-26-102-H03-T", "0204-0000-26-102-H03-T"),
        ("  0204\t0000\u00a026 102 H03 T\n", "0204-0000-26-102-H03-T"),
        ("JA4008162 0000 26 012 h07 t", "JA4008162-0000-26-012-H07-T"),
        ("JA40081620000260 12H07T", "JA4008162-0000-26-012-H07-T"),
        ("ja4008162-0000-26-012-h07-t", "JA4008162-0000-26-012-H07-T"),
        ("UAN: JA4008162-0000-26-012-H07-T", "JA4008162-0000-26-012-H07-T"),
        ("ACPE # ja4008162000026012h07t", "JA4008162-0000-26-012-H07-T"),
        (
            "ACPE UAN JA4008162 \u2013 0000 \u2013 26 \u2013 012 \u2013 H07 \u2013 T",
            "JA4008162-0000-26-012-H07-T",
        ),
    ],
)
def test_reads_uans_as_people_paste_them(pasted: str, canonical: str) -> None:
    assert parse_uan(pasted).text == canonical


@pytest.mark.parametrize(
    ("pasted", "message"),
    [
        # Spaces for dashes still name the wrong part.
        ("0204 0000 26 10 H03 T", "part 4 (sequence number)"),
        ("UAN: 0204 0000 26 102 H03 X", "part 6 (audience)"),
        # Without dashes and not a whole UAN: the parts cannot be told apart.
        ("0204000026102H03", "has 1 part"),
        ("ACPE #", "is empty"),
    ],
)
def test_pasted_uans_with_a_wrong_part_are_still_refused(pasted: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_uan(pasted)


def test_a_certificate_program_number_with_a_label_is_still_explained() -> None:
    with pytest.raises(InvalidInput, match="certificate-program number"):
        parse_uan("ACPE # 0669-24-002-CP")
