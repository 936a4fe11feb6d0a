"""Resume batch import: the preview dialog and what opens it."""
