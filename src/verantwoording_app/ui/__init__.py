"""Qt user interface: main window, forms, item models, dialogs, undo."""
