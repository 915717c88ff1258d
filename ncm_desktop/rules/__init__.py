"""Plain-Python rules over a dossier's data: no Qt, no SQL."""
