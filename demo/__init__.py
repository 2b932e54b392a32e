"""The example ledger: its content from the seed speech and the code that writes it."""
