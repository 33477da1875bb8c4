"""Printing: the audit packet and the team report rendered to PDF (QtGui only, no widgets).

Used by both front ends, the command line and the desktop app, so neither imports the other.
"""
