"""Reminders while the app is closed: the daily check, and the system entry that runs it.

``check`` decides what needs attention (``rxtracker remind``); ``entries`` writes and
removes the entry that runs the check at login on Linux, Windows and macOS; ``calendar``
keeps the calendar subscription file current.
"""
