"""Pure domain: the document tree, block text, status schemes. No Qt, no SQLAlchemy."""
