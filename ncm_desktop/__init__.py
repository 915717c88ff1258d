"""NCM Desktop: set up and run a national coordinating mechanism on small arms (MOSAIC 03.40)."""

__version__ = "0.1.0"
