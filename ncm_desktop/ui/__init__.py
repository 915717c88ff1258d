"""The window: Qt widgets and model/view on top of catalog, storage and rules."""
