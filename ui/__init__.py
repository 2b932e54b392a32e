"""Qt widgets, item models and dialogs of the desktop app."""
