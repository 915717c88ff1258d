"""The set-up assistant: the main window's set-up pages, one step at a time."""
