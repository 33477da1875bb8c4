"""`pip install .` (not editable) gives a working `rxtracker` command with its data files."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("rxtracker-*.whl")
    return built


def test_wheel_carries_catalog_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "rxtracker/catalog/data/ptcb-cpht.toml" in names
    assert "rxtracker/resources/icons/rxtracker.svg" in names
    assert "rxtracker/resources/i18n/rxtracker_es.qm" in names  # compiled Spanish (issue 17)
    assert "rxtracker/db/revisions/versions/v0005_ids_never_reused.py" in names  # Alembic
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "LICENSE"):
        assert f"rxtracker/printing/fonts/{face}" in names
    assert not any(n.startswith("tests/") for n in names)


def test_installed_command_works_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    script = target / "bin" / "rxtracker"
    assert script.exists()
    # Dependencies come from this venv's site-packages; rxtracker only from the install.
    site_packages = [p for p in sys.path if p.endswith("site-packages")]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(target), *site_packages]),
        "RXTRACKER_DATA_DIR": str(tmp_path / "data"),
    }
    run = [
        sys.executable,
        "-I",
        "-c",
        "import sys; sys.path[:0] = sys.argv[1].split(':'); from rxtracker.__main__ import main;"
        " raise SystemExit(main(sys.argv[2:]))",
    ]

    def rx(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*run, env["PYTHONPATH"], "--data-dir", str(tmp_path / "data"), *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    located = subprocess.run(
        [
            *run[:-1],
            "import sys; sys.path[:0] = sys.argv[1].split(':'); import rxtracker,"
            " rxtracker.resources as r; print(rxtracker.__file__); print(r.app_icon_path());"
            " from rxtracker.printing.fonts import FACES, FONT_DIR; print(FONT_DIR / FACES[0])",
            env["PYTHONPATH"],
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, icon, font = located.stdout.split()
    assert module_file.startswith(str(target)) and icon.startswith(str(target))
    assert font.startswith(str(target)) and Path(font).stat().st_size > 100_000
    assert rx("--version").stdout.startswith("rxtracker ")
    types = rx("credential", "types")
    assert types.returncode == 0, types.stderr
    assert "ptcb-cpht" in types.stdout
    assert rx("person", "add", "Ana").returncode == 0
    assert "Ana" in rx("person", "list").stdout
    # The packet renders with the font from the installed package.
    assert rx("credential", "add", "Ana", "ptcb-cpht", "--expires", "2027-03-31").returncode == 0
    packet = rx("report", "Ana", "--out", str(tmp_path / "packet.pdf"))
    assert packet.returncode == 0, packet.stderr
