"""Editors of the set-up, each shared by its page of the main window and the assistant."""
