"""rxtracker: continuing-education and renewal tracker for pharmacy technicians."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rxtracker")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
