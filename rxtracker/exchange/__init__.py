"""Importers (CPE Monitor .xlsx/.csv, generic CSV), exporters (CSV, ICS), packet, backup archive."""
