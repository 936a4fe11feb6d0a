"""The workbench: the home screen every role lands on after signing in."""
