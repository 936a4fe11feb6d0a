"""Passwords, roles and permissions, masking, the audit hash chain."""
