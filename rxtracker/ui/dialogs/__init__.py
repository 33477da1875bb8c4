"""Dialogs (opened window-modal with ``open()``, never a blocking ``exec()``)."""
