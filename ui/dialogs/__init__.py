"""The dialogs the window opens, and the parts and file choosers they share."""
