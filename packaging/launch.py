"""Entry script of the PyInstaller bundle: the same `main` as the `rxtracker` command."""

import sys

from rxtracker.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
