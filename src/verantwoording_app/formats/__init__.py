"""One module per file format; each reads or builds the document tree only."""
