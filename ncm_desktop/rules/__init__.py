"""Plain-Python judgements on a dossier: readiness findings, gender balance, coverage,
Points of Contact and Table 1 checks.

Rules read a :class:`storage.dossier_data.Snapshot` and the catalog and return structured
findings; they import neither Qt nor SQL, and never write sentences (see ``findings``).
"""
