"""The dossier on disk: SQLAlchemy models, Alembic migrations, reads, writes and files.

Nothing here imports Qt.  The light modules (``connection``, ``dossier_file``,
``queries``, ``history``, ``drives``, ``lock``, ``backups``, ``working_copy``,
``opening``, the one open policy of the window and the command line) use only
the standard library so that the window can show a dossier before SQLAlchemy has
finished importing; everything that writes goes through the ORM in ``database`` and
``repository``.
"""
