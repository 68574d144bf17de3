"""Use cases: open or create a database, edit with history, import, export."""
