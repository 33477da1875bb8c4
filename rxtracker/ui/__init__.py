"""The desktop app: windows, pages, dialogs and Qt item models (PySide6 only here)."""
