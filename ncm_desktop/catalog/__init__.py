"""MOSAIC 03.40 as data: the clauses, provisions, categories and mappings the program uses.

``load_catalog()`` reads ``resources/catalog/mosaic-03.40/catalog.json`` (and a translation
overlay, if asked for one) and returns an immutable :class:`Catalog`; malformed files raise
:class:`CatalogError` naming the file and the entry.
"""

from ncm_desktop.catalog.loader import CatalogError, load_catalog
from ncm_desktop.catalog.model import Catalog

__all__ = ["Catalog", "CatalogError", "load_catalog"]
