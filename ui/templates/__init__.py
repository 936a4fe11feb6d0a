"""The pipeline template editor: templates, their stages, and each stage's rules."""
