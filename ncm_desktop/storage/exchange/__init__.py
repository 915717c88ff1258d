"""Carry a dossier to another laptop in a package, and merge packages into a dossier.

- :mod:`.rows`: every table's rows as JSON values, generically from the metadata;
- :mod:`.package`: write and read the package file (manifest, checksum, passphrase);
- :mod:`.merge`: merge a package into a dossier (newer wins, conflicts, tombstones).
"""
