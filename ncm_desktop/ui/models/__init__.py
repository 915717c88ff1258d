"""Qt item models over the dossier's records."""
