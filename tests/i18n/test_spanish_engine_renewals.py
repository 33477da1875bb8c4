"""A renewal application and an audit in words: the English of always, and the Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.engine.phases import (
    Application,
    ApplicationPhase,
    Audit,
    AuditPhase,
    RenewalState,
)
from rxtracker.services.wording import (
    application_label,
    application_sentence,
    audit_label,
    audit_sentence,
    in_english,
    renewal_sentences,
    renewal_word,
)

D = dt.date
RETURNED = Application(
    ApplicationPhase.RETURNED,
    since=D(2026, 3, 10),
    returned_on=D(2026, 3, 10),
    reasons="Missing 1 hour of law",
    resubmit_by=D(2026, 4, 9),
    reprocessing_fee="10",
    reinstate_by=D(2027, 3, 31),
)
LATE = Application(
    ApplicationPhase.NOT_RESUBMITTED,
    since=D(2026, 3, 10),
    returned_on=D(2026, 3, 10),
    resubmit_by=D(2026, 4, 9),
    reinstate_by=D(2027, 3, 31),
)

APPLICATIONS: list[tuple[Application, str, str]] = [
    (Application(ApplicationPhase.NOT_APPLIED), "", ""),
    (
        Application(ApplicationPhase.APPLIED, since=D(2026, 2, 2), fee="55"),
        "Applied on 2026-02-02 (fee $55 paid); not approved yet.",
        "Solicitada el 2 feb 2026 (cargo de $55 pagado); aún no está aprobada.",
    ),
    (
        Application(ApplicationPhase.APPLIED, since=D(2026, 2, 2)),
        "Applied on 2026-02-02; not approved yet.",
        "Solicitada el 2 feb 2026; aún no está aprobada.",
    ),
    (
        RETURNED,
        "Returned on 2026-03-10 (Missing 1 hour of law). Resubmit by 2026-04-09 with the $10 "
        "reprocessing fee, or reinstatement is possible until 2027-03-31.",
        "Devuelta el 10 mar 2026 (Missing 1 hour of law). Reenvíela a más tardar el 9 abr 2026 "
        "con el cargo de $10 por reprocesamiento, o la reinstauración es posible hasta el "
        "31 mar 2027.",
    ),
    (
        Application(ApplicationPhase.RETURNED, since=D(2026, 3, 10), returned_on=D(2026, 3, 10)),
        "Returned on 2026-03-10; ask the issuer how to resubmit, or ask about reinstatement.",
        "Devuelta el 10 mar 2026; pregunte al emisor cómo reenviarla, o pregunte por la "
        "reinstauración.",
    ),
    (
        LATE,
        "Returned on 2026-03-10 and not resubmitted by 2026-04-09: Reinstatement is possible "
        "until 2027-03-31.",
        "Devuelta el 10 mar 2026 y no reenviada a más tardar el 9 abr 2026: La reinstauración "
        "es posible hasta el 31 mar 2027.",
    ),
    (
        Application(ApplicationPhase.RESUBMITTED, since=D(2026, 3, 20)),
        "Resubmitted on 2026-03-20; waiting for the decision.",
        "Reenviada el 20 mar 2026; en espera de la decisión.",
    ),
    (
        Application(ApplicationPhase.APPROVED, since=D(2026, 4, 2), new_expiration=D(2028, 3, 31)),
        "Renewal approved on 2026-04-02; the new expiration is 2028-03-31.",
        "Renovación aprobada el 2 abr 2026; el nuevo vencimiento es el 31 mar 2028.",
    ),
    (
        Application(ApplicationPhase.APPROVED, since=D(2026, 4, 2)),
        "Renewal approved on 2026-04-02.",
        "Renovación aprobada el 2 abr 2026.",
    ),
]

NOTICED, DUE, SENT, OUTCOME = D(2026, 5, 1), D(2026, 5, 31), D(2026, 5, 20), D(2026, 7, 1)
AUDITS: list[tuple[Audit, str, str, str]] = [
    (Audit(AuditPhase.NONE), "", "", ""),
    (
        Audit(AuditPhase.OPEN, 1, DUE, NOTICED),
        "Audit: send documents",
        "Audit noticed on 2026-05-01: send the proof of your CE by 2026-05-31.",
        "Aviso de auditoría del 1 may 2026: envíe la prueba de su EC a más tardar el 31 may 2026.",
    ),
    (
        Audit(AuditPhase.LATE, 1, DUE, NOTICED),
        "Audit: documents late",
        "Audit noticed on 2026-05-01: send the proof of your CE by 2026-05-31 (past due).",
        "Aviso de auditoría del 1 may 2026: envíe la prueba de su EC a más tardar el "
        "31 may 2026 (plazo vencido).",
    ),
    (
        Audit(AuditPhase.SUBMITTED, 1, DUE, NOTICED, SENT),
        "Audit: documents sent",
        "Audit documents sent on 2026-05-20; waiting for the outcome.",
        "Documentos de la auditoría enviados el 20 may 2026; en espera del resultado.",
    ),
    (
        Audit(AuditPhase.PASSED, 1, DUE, NOTICED, SENT, OUTCOME),
        "Audit passed",
        "Audit noticed on 2026-05-01: passed on 2026-07-01.",
        "Aviso de auditoría del 1 may 2026: aprobada el 1 jul 2026.",
    ),
    (
        Audit(AuditPhase.FAILED, 1, DUE, NOTICED, None, OUTCOME),
        "Audit not passed",
        "Audit noticed on 2026-05-01: not passed on 2026-07-01.",
        "Aviso de auditoría del 1 may 2026: no aprobada el 1 jul 2026.",
    ),
]


@pytest.mark.parametrize(("app", "english", "spanish_text"), APPLICATIONS)
def test_an_application_in_english(app: Application, english: str, spanish_text: str) -> None:
    del spanish_text
    assert application_sentence(app) == english


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(("app", "english", "spanish_text"), APPLICATIONS)
def test_an_application_in_spanish(app: Application, english: str, spanish_text: str) -> None:
    assert application_sentence(app) == spanish_text
    with in_english():  # what --json writes
        assert application_sentence(app) == english


@pytest.mark.parametrize(("audit", "label", "english", "spanish_text"), AUDITS)
def test_an_audit_in_english(audit: Audit, label: str, english: str, spanish_text: str) -> None:
    del spanish_text
    assert (audit_label(audit.phase), audit_sentence(audit)) == (label, english)


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(("audit", "label", "english", "spanish_text"), AUDITS)
def test_an_audit_in_spanish(audit: Audit, label: str, english: str, spanish_text: str) -> None:
    del label, english
    assert audit_sentence(audit) == spanish_text


def test_the_labels_in_english() -> None:
    assert [application_label(p) for p in ApplicationPhase] == [
        "Not applied",
        "Applied",
        "Returned",
        "Resubmitted",
        "Reinstate",
        "Approved",
    ]


@pytest.mark.usefixtures("spanish")
def test_the_team_word_and_the_sentences_in_spanish() -> None:
    audit = AUDITS[1][0]
    assert renewal_word(RenewalState(LATE, Audit(AuditPhase.NONE))) == "Reinstaurar"
    assert renewal_word(RenewalState(RETURNED, audit)) == "Auditoría: envíe los documentos"
    assert renewal_sentences(RenewalState(RETURNED, audit)) == (APPLICATIONS[3][2], AUDITS[1][3])
    approved = Application(ApplicationPhase.APPROVED, since=D(2026, 4, 2))
    assert renewal_word(RenewalState(approved, Audit(AuditPhase.PASSED))) == ""
    assert [application_label(p) for p in ApplicationPhase] == [
        "Sin solicitar",
        "Solicitada",
        "Devuelta",
        "Reenviada",
        "Reinstaurar",
        "Aprobada",
    ]
