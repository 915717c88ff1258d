"""Dialogs that edit one record or ask one question."""
