"""Languages: which ones the program speaks, loading Qt translators, translated labels.

This package sits above storage and rules and below the faces (ui, reports, cli), so
that all three say "Female" or "Full member" the same way in every language.
"""
