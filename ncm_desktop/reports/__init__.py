"""Printed hand-outs as PDF (ReportLab): roster, attendance sheet, letters, PoA section 1.

``kinds`` lists them without importing ReportLab (the window's menu and the command
line's arguments need the list at start-up); ``export.export`` writes one.  Each
hand-out is one module with a ``build(document, dossier, options, progress)`` function
that draws on a :class:`document.Document`.  Reports read the dossier through
``storage.handouts`` and never import Qt widgets.
"""
