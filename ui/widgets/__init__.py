"""Widgets the pages and dialogs are built from: fitted columns, deadline and entry fields, pickers, previews."""
