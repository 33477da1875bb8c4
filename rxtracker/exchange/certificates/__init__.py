"""The certificate reader: the fields of a CE certificate from a PDF, a scan or a photo.

``read_certificate(path)`` returns a ``CertificateReading``; a file that cannot be read
(missing, too big, hostile, not a PDF, PNG or JPEG) raises ``InvalidInput`` with one line.
"""

from rxtracker.exchange.certificates.reader import read_certificate
from rxtracker.exchange.certificates.reading import FIELDS, CertificateReading

__all__ = ["FIELDS", "CertificateReading", "read_certificate"]
